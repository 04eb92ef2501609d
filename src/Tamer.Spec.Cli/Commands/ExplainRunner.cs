using System.Linq;
using Tamer.Spec.Engine;
using Tamer.Spec.Spelling;

namespace Tamer.Spec.Cli.Commands;

/// <summary><c>tamer-lint explain TMRnnnn</c>: prints the diagnostic's docs page, embedded in its pack.</summary>
internal sealed class ExplainRunner
{
    private readonly LintEngine _engine;
    private readonly CliEnvironment _environment;

    public ExplainRunner(LintEngine engine, CliEnvironment environment)
    {
        _engine = engine;
        _environment = environment;
    }

    public int Run(string id)
    {
        var normalized = id.Trim().ToUpperInvariant();
        if (!_engine.IsKnownDiagnosticId(normalized))
        {
            var suggestion = DidYouMean.Find(normalized, _engine.Descriptors.Select(d => d.Id));
            throw new UsageException("unknown diagnostic ID '" + id + "'" + (suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)") + "; 'tamer-lint rules' lists them");
        }

        var page = _engine.GetDocumentation(normalized);
        if (page is null)
        {
            throw new UsageException("no docs page is embedded for " + normalized + "; see " + _engine.FindDescriptor(normalized)!.HelpUri.AbsoluteUri);
        }

        _environment.Output.Write(page.EndsWith("\n", System.StringComparison.Ordinal) ? page : page + "\n");
        return ExitCodes.Success;
    }
}
