using Tamer.Spec.Cli;

return new CliApplication(BuiltInRulePacks.All, CliEnvironment.FromProcess()).Run(args);
