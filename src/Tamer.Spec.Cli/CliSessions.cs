using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli;

/// <summary>
/// Opens the session of a run (<see cref="TamerSession"/>): <c>--config</c> when given (relative
/// to the working directory), otherwise the nearest <c>.tamer.yml</c>; the command line's
/// <c>--rule</c> and <c>--severity</c> on top; the packs the tool runs plus the configuration's
/// plugins. A configuration file that cannot be read is a usage error: one line, exit code 2.
/// </summary>
internal sealed class CliSessions
{
    private readonly IReadOnlyList<RulePack> _packs;
    private readonly CliEnvironment _environment;

    /// <param name="packs">The packs the tool runs before any plugin: the built-in ones (tests may pass others).</param>
    /// <param name="environment">The working directory and how paths are shown.</param>
    public CliSessions(IEnumerable<RulePack> packs, CliEnvironment environment)
    {
        _packs = packs.ToList();
        _environment = environment;
    }

    /// <summary>The packs the tool runs before any plugin.</summary>
    public IReadOnlyList<RulePack> Packs => _packs;

    public TamerSession Open(string? configurationFile, string startDirectory, string? repositoryRoot, IReadOnlyList<string> ruleSettings, IReadOnlyList<string> severitySettings)
    {
        var session = TamerSession.Open(startDirectory, new TamerSessionOptions
        {
            ConfigurationFile = configurationFile is null ? null : _environment.Resolve(configurationFile),
            RepositoryRoot = repositoryRoot,
            RuleSettings = ruleSettings,
            SeveritySettings = severitySettings,
            Packs = _packs,
            DisplayPath = _environment.DisplayPath,
        });
        return session.Error is { } error ? throw new UsageException(error) : session;
    }
}
