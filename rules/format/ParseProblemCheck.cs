using Tamer.Spec.Parsing;

namespace Tamer.Spec.Rules.Format;

/// <summary>TMR0001, TMR0002, TMR0006, TMR0010: what went wrong while reading the file.</summary>
internal static class ParseProblemCheck
{
    public static void Run(RuleContext context)
    {
        foreach (var problem in context.Document.Problems)
        {
            var arguments = problem.Arguments;
            switch (problem.Kind)
            {
                case ParseProblemKind.MissingFrontmatter:
                case ParseProblemKind.UnclosedFrontmatter:
                    context.Report(FormatDiagnostics.MissingFrontmatter, problem.Span, arguments);
                    break;
                case ParseProblemKind.YamlSyntax:
                    context.Report(FormatDiagnostics.InvalidYaml, problem.Span, arguments);
                    break;
                case ParseProblemKind.DuplicateKey:
                    context.Report(FormatDiagnostics.InvalidYaml, problem.Span, "the key '" + arguments[0] + "' appears twice (first on line " + arguments[1] + "); the first is used");
                    break;
                case ParseProblemKind.LimitExceeded:
                    context.Report(FormatDiagnostics.LimitExceeded, problem.Span, arguments);
                    break;
                case ParseProblemKind.InvalidEncoding:
                case ParseProblemKind.BinaryContent:
                    context.Report(FormatDiagnostics.NotUtf8Text, problem.Span, arguments);
                    break;
            }
        }
    }
}
