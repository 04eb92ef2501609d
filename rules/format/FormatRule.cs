using NuGet.Versioning;

namespace Tamer.Spec.Rules.Format;

/// <summary>
/// Format rule 1.0.0. Read top to bottom: problems met while reading the file, then the
/// format profile's own checks (a Backlog.md file name, Kiro requirement links, Spec Kit
/// parallel tasks and open questions), the required keys, the id, keys and types the format does
/// not know, lists given twice, and suppressions.
/// </summary>
public sealed class FormatRule : Rule
{
    internal FormatRule()
        : base(new NuGetVersion(1, 0, 0), FormatDiagnostics.All)
    {
    }

    /// <inheritdoc />
    public override bool AnalyzesUnparsedDocuments => true;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        ParseProblemCheck.Run(context);
        ProfileFindingCheck.Run(context);
        if (context.Document.WorkItem is null)
        {
            return;
        }

        RequiredKeyCheck.Run(context);
        IdCheck.Run(context);
        SchemaCheck.Run(context);
        DeclaredTwiceCheck.Run(context);
        SuppressionCheck.Run(context);
    }
}
