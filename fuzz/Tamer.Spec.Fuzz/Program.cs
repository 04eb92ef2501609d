using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SharpFuzz;
using Tamer.Spec.Fuzz;

// Tamer.Spec.Fuzz TARGET                 under afl-fuzz: SharpFuzz's fork server runs every input afl
//                                        sends; outside afl-fuzz: one input from standard input.
// Tamer.Spec.Fuzz TARGET PATH...         replays files (or every file of folders) without afl and
//                                        prints each failure; exit code 1 if any input failed.
if (args.Length == 0 || FuzzTargets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine("usage: Tamer.Spec.Fuzz " + string.Join("|", FuzzTargets.All.Select(t => t.Name)) + " [FILE|FOLDER...]");
    return 2;
}

if (args.Length == 1)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target.Run(buffer.ToArray());
    });
    return 0;
}

var failed = 0;
var files = args.Skip(1).SelectMany(Inputs).ToList();
foreach (var file in files)
{
    if (Replay.Failure(target, File.ReadAllBytes(file)) is { } failure)
    {
        failed++;
        Console.Error.WriteLine(file + ": " + failure);
    }
}

Console.WriteLine(target.Name + ": " + files.Count + " inputs replayed, " + failed + " failed");
return failed == 0 ? 0 : 1;

static IEnumerable<string> Inputs(string path) =>
    Directory.Exists(path) ? Directory.GetFiles(path).Order(StringComparer.Ordinal) : new[] { path };
