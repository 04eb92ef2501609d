using Tamer.Spec.Cli;

return new CliApplication(Tamer.Spec.Rules.BuiltInRulePacks.All, CliEnvironment.FromProcess()).Run(args);
