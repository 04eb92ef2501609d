using System.Linq;
using Tamer.Spec.Repository;
using Tamer.Spec.Spelling;

namespace Tamer.Spec.Cli.Commands;

/// <summary><c>tamer-lint explain TMRnnnn</c>: prints the diagnostic's docs page, embedded in its pack (a plug-in pack's too).</summary>
internal sealed class ExplainRunner
{
    private readonly CliSessions _sessions;
    private readonly CliEnvironment _environment;

    public ExplainRunner(CliSessions sessions, CliEnvironment environment)
    {
        _sessions = sessions;
        _environment = environment;
    }

    public int Run(string id)
    {
        // The configuration of the working folder may add plug-in packs, whose pages count too.
        var session = _sessions.Open(null, _environment.CurrentDirectory, RepositoryRoot.Find(_environment.CurrentDirectory), [], []);
        var engine = session.Engine;
        var normalized = id.Trim().ToUpperInvariant();
        if (!engine.IsKnownDiagnosticId(normalized))
        {
            var suggestion = DidYouMean.Find(normalized, engine.Descriptors.Select(d => d.Id));
            throw new UsageException("unknown diagnostic ID '" + id + "'" + (suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)") + "; 'tamer-lint rules' lists them");
        }

        var page = engine.GetDocumentation(normalized);
        if (page is null)
        {
            throw new UsageException("no docs page is embedded for " + normalized + "; see " + engine.FindDescriptor(normalized)!.HelpUri.AbsoluteUri);
        }

        _environment.Output.Write(page.EndsWith("\n", System.StringComparison.Ordinal) ? page : page + "\n");
        return ExitCodes.Success;
    }
}
