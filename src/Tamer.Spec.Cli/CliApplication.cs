using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Tamer.Spec.Cli.Commands;
using Tamer.Spec.Cli.Lsp;
using Tamer.Spec.Cli.Mcp;
using Tamer.Spec.Cli.Metrics;
using Tamer.Spec.Reporting;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli;

/// <summary>
/// The command line: <c>lint</c> (the default when the first argument is a path), <c>verify</c>,
/// <c>trace</c>, <c>rules</c>, <c>explain</c>, <c>metrics</c>. Every failure ends in one line on standard error and exit code 2; nothing
/// prints a stack trace.
/// </summary>
internal sealed class CliApplication
{
    private static readonly string[] CommandNames = ["lint", "baseline", "init", "new", "config", "verify", "trace", "rules", "explain", "metrics", "mcp", "lsp"];
    private static readonly string[] RootOnlyArguments = ["-h", "--help", "-?", "/?", "--version"];

    private readonly CliSessions _sessions;
    private readonly CliEnvironment _environment;

    public CliApplication(IEnumerable<RulePack> packs, CliEnvironment environment)
    {
        _sessions = new CliSessions(packs, environment);
        _environment = environment;
    }

    public int Run(string[] args)
    {
        try
        {
            var root = BuildCommands();
            var parseResult = root.Parse(WithDefaultCommand(args));
            if (parseResult.Errors.Count > 0)
            {
                _environment.Error.WriteLine("tamer-lint: error: " + OneLine(parseResult.Errors[0].Message) + " (see 'dotnet tamer-lint --help')");
                return ExitCodes.UsageError;
            }

            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = _environment.Output,
                Error = _environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException exception)
        {
            _environment.Error.WriteLine("tamer-lint: error: " + exception.Message);
            return ExitCodes.UsageError;
        }
#pragma warning disable CA1031 // The last line of defence: one line, exit 2, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _environment.Error.WriteLine("tamer-lint: internal error: " + exception.GetType().Name + ": " + exception.Message);
            return ExitCodes.UsageError;
        }
    }

    private static string OneLine(string message) =>
        string.Join(" ", message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string[] WithDefaultCommand(string[] args)
    {
        if (args.Length == 0)
        {
            return ["lint"];
        }

        return CommandNames.Contains(args[0], StringComparer.Ordinal) || RootOnlyArguments.Contains(args[0], StringComparer.Ordinal)
            ? args
            : ["lint", .. args];
    }

    private RootCommand BuildCommands()
    {
        var root = new RootCommand("tamer-lint: the spec-completeness gate for Work Items. It refuses vague Work Items before a coding agent starts on them.");
        root.Subcommands.Add(BuildLint());
        root.Subcommands.Add(BuildBaseline());
        root.Subcommands.Add(BuildInit());
        root.Subcommands.Add(BuildNew());
        root.Subcommands.Add(BuildConfig());
        root.Subcommands.Add(BuildVerify());
        root.Subcommands.Add(BuildTrace());
        root.Subcommands.Add(BuildRules());
        root.Subcommands.Add(BuildExplain());
        root.Subcommands.Add(MetricsCommand.Build(_sessions, _environment, ConfigOption()));
        root.Subcommands.Add(McpCommand.Build(_sessions, _environment));
        root.Subcommands.Add(LspCommand.Build(_sessions, _environment));
        return root;
    }

    private Command BuildLint()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Work Item files or folders (every *.md below a folder). Without paths, the configuration's include globs are linted from the repository root.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = FormatOption("text", "json", "sarif", "github", "junit");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var changedSince = new Option<string?>("--changed-since") { Description = "Report only the Work Items changed since this git revision and those that depend on them (the whole workspace is still read).", HelpName = "REV" };
        var config = ConfigOption();
        var rule = RuleOption();
        var severity = SeverityOption();
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Exit with 1 when there are more warnings than this.", HelpName = "N" };
        var fix = new Option<bool>("--fix") { Description = "Apply the safe fixes to the files (never a suggestion), then report what remains." };
        var fixDryRun = new Option<bool>("--fix-dry-run") { Description = "Print the safe fixes as a unified diff; write nothing." };
        var cache = new Option<bool>("--cache") { Description = "Keep each file's result in .tamer-cache/ and reuse it while the file and everything its checks read are unchanged (also: cache: true in .tamer.yml)." };
        var command = new Command("lint", "Lint Work Items (the default command).") { paths, format, output, config, rule, severity, maxWarnings, fix, fixDryRun, changedSince, cache };
        command.SetAction(parseResult => new LintRunner(_sessions, _environment).Run(new LintRequest
        {
            Paths = parseResult.GetValue(paths) ?? [],
            Format = ParseFormat(parseResult.GetValue(format)),
            OutputFile = parseResult.GetValue(output),
            ConfigurationFile = parseResult.GetValue(config),
            RuleSettings = parseResult.GetValue(rule) ?? [],
            SeveritySettings = parseResult.GetValue(severity) ?? [],
            MaxWarnings = parseResult.GetValue(maxWarnings),
            Fix = FixModeOf(parseResult.GetValue(fix), parseResult.GetValue(fixDryRun)),
            ChangedSince = parseResult.GetValue(changedSince),
            Cache = parseResult.GetValue(cache),
        }));
        return command;
    }

    private Command BuildBaseline()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Work Item files or folders, as for lint. Without paths, the configuration's include globs.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var prune = new Option<bool>("--prune") { Description = "Only drop the entries that match no diagnostic any more; record nothing new." };
        var config = ConfigOption();
        var command = new Command("baseline", "Record today's diagnostics in the baseline file (.tamer-baseline.json, or baseline: in .tamer.yml); lint then reports only new ones.") { paths, prune, config };
        command.SetAction(parseResult => new LintRunner(_sessions, _environment).RunBaseline(
            new LintRequest { Paths = parseResult.GetValue(paths) ?? [], ConfigurationFile = parseResult.GetValue(config), IgnoreBaseline = true },
            parseResult.GetValue(prune)));
        return command;
    }

    private Command BuildInit()
    {
        var command = new Command("init", "Write a commented .tamer.yml here: include globs for the folders of Work Items found, every axis pinned to today's version. Never overwrites one.");
        command.SetAction(_ => new InitRunner(_sessions, _environment).Run());
        return command;
    }

    private Command BuildNew()
    {
        var title = new Argument<string>("title") { Description = "The Work Item's title." };
        var id = new Option<string?>("--id") { Description = "The id to use; default: the next free WI-AREA-NNNN (or WI-NNNN).", HelpName = "ID" };
        var area = new Option<string?>("--area") { Description = "The area of the id (WI-AREA-NNNN).", HelpName = "AREA" };
        var config = ConfigOption();
        var command = new Command("new", "Write a Work Item with every axis present as a skeleton; the gate accepts it once each FILL is filled.") { title, id, area, config };
        command.SetAction(parseResult => new NewWorkItemRunner(_sessions, _environment).Run(parseResult.GetValue(title)!, parseResult.GetValue(id), parseResult.GetValue(area), parseResult.GetValue(config)));
        return command;
    }

    private Command BuildConfig()
    {
        var file = new Argument<string?>("file") { Description = "A Work Item file: the settings that apply to it (path overrides included).", Arity = ArgumentArity.ZeroOrOne };
        var format = FormatOption("text", "json");
        var config = ConfigOption();
        var rule = RuleOption();
        var severity = SeverityOption();
        var command = new Command("config", "Print the effective configuration: each rule version and severity, and where it came from.") { file, format, config, rule, severity };
        command.SetAction(parseResult => new ConfigRunner(_sessions, _environment).Run(
            parseResult.GetValue(file),
            ParseFormat(parseResult.GetValue(format)),
            parseResult.GetValue(config),
            parseResult.GetValue(rule) ?? [],
            parseResult.GetValue(severity) ?? []));
        return command;
    }

    private Command BuildVerify()
    {
        var target = new Argument<string>("work-item") { Description = "The Work Item the change implements: its id (WI-AUTH-0042) or the path of its file." };
        var baseRevision = new Option<string?>("--base") { Description = "Compare from this git revision (the change is base..head).", HelpName = "REV" };
        var headRevision = new Option<string?>("--head") { Description = "Compare to this git revision; without it, to the working tree, untracked files included.", HelpName = "REV" };
        var changed = new Option<string?>("--changed") { Description = "Read the changed paths from this file, one a line, instead of git ('-' for standard input).", HelpName = "FILE" };
        var format = FormatOption("text", "json", "sarif", "github");
        var config = ConfigOption();
        var severity = SeverityOption();
        var rule = RuleOption();
        var tests = new Option<string[]>("--tests")
        {
            Description = "Test run files (TRX from dotnet test --logger trx, or JUnit XML) as evidence: each criterion needs a passing test that claims it (TMR6004, TMR6005).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "FILE",
        };
        var claims = new Option<string?>("--claims") { Description = "Read C# [Satisfies] claims from this project or folder (default: the repository).", HelpName = "PATH" };
        var command = new Command("verify", "Check a change against the scope of the Work Item it implements (TMR1101-TMR1103), and test runs against its criteria (TMR6004, TMR6005).") { target, baseRevision, headRevision, changed, tests, claims, format, config, rule, severity };
        command.SetAction(parseResult => new VerifyRunner(_sessions, _environment).Run(new VerifyRequest
        {
            Target = parseResult.GetValue(target)!,
            BaseRevision = parseResult.GetValue(baseRevision),
            HeadRevision = parseResult.GetValue(headRevision),
            ChangedFile = parseResult.GetValue(changed),
            TestRunFiles = parseResult.GetValue(tests) ?? [],
            ClaimsFolder = parseResult.GetValue(claims),
            Format = ParseFormat(parseResult.GetValue(format)),
            ConfigurationFile = parseResult.GetValue(config),
            RuleSettings = parseResult.GetValue(rule) ?? [],
            SeveritySettings = parseResult.GetValue(severity) ?? [],
        }));
        return command;
    }

    private Command BuildTrace()
    {
        var target = new Argument<string?>("project-or-folder")
        {
            Description = "A project file, or a folder whose C# files (every project below it) are read. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = FormatOption("text", "json");
        var config = ConfigOption();
        var severity = new Option<string[]>("--severity")
        {
            Description = "Override a diagnostic's severity: ID=error|warning|info|none (repeatable); TMR6003=warning reports unclaimed criteria.",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "ID=LEVEL",
        };
        var command = new Command("trace", "List each acceptance criterion with the tests that claim it ([Satisfies]), read from C# without a build (TMR6001-TMR6003).") { target, format, config, severity };
        command.SetAction(parseResult => new TraceRunner(_sessions, _environment).Run(new TraceRequest
        {
            Target = parseResult.GetValue(target),
            Format = ParseFormat(parseResult.GetValue(format)),
            ConfigurationFile = parseResult.GetValue(config),
            SeveritySettings = parseResult.GetValue(severity) ?? [],
        }));
        return command;
    }

    private Command BuildRules()
    {
        var format = FormatOption("text", "json");
        var config = ConfigOption();
        var rule = RuleOption();
        var command = new Command("rules", "List every axis, its versions and its diagnostics.") { format, config, rule };
        command.SetAction(parseResult => new RulesRunner(_sessions, _environment).Run(
            ParseFormat(parseResult.GetValue(format)),
            parseResult.GetValue(config),
            parseResult.GetValue(rule) ?? []));
        return command;
    }

    private Command BuildExplain()
    {
        var id = new Argument<string>("id") { Description = "A diagnostic ID, such as TMR2003." };
        var command = new Command("explain", "Print a diagnostic's docs page.") { id };
        command.SetAction(parseResult => new ExplainRunner(_sessions, _environment).Run(parseResult.GetValue(id)!));
        return command;
    }

    private static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", formats) + ".",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static Option<string?> ConfigOption() =>
        new("--config", "-c") { Description = "Use this configuration file instead of the nearest .tamer.yml." };

    private static Option<string[]> SeverityOption() =>
        new("--severity")
        {
            Description = "Override a diagnostic's severity: ID=error|warning|info|none (repeatable).",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "ID=LEVEL",
        };

    private static Option<string[]> RuleOption() =>
        new("--rule")
        {
            Description = "Pick an axis's rule version by NuGet range, or turn it off: AXIS=RANGE|off (repeatable).",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "AXIS=RANGE",
        };

    private static FixMode FixModeOf(bool fix, bool dryRun) => (fix, dryRun) switch
    {
        (true, true) => throw new UsageException("--fix and --fix-dry-run cannot be used together"),
        (true, false) => FixMode.Apply,
        (false, true) => FixMode.DryRun,
        _ => FixMode.None,
    };

    private static ReportFormat ParseFormat(string? name) =>
        ReportWriters.TryParse(name, out var format) ? format : throw new UsageException("unknown format '" + name + "'");
}
