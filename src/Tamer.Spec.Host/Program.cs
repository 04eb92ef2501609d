using System;
using System.IO;
using Tamer.Spec.Host;

// A start that cannot succeed says why in one line and exits with 2; no stack trace.
try
{
    using var app = HostApplication.Build(args);
    app.Run();
    return 0;
}
catch (HostStartException exception)
{
    Console.Error.WriteLine("tamer-host: " + exception.Message);
    return 2;
}
catch (IOException exception)
{
    Console.Error.WriteLine("tamer-host: " + exception.Message);
    return 2;
}
