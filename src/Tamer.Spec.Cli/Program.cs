using Tamer.Spec.Cli;

var environment = CliEnvironment.FromProcess();
try
{
    return new CliApplication(Tamer.Spec.Rules.BuiltInRulePacks.All, environment).Run(args);
}
finally
{
    environment.Flush();
}
