using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Tamer.Spec.Claims;
using EngineLinePosition = Tamer.Spec.Text.LinePosition;
using EngineLocation = Tamer.Spec.Text.SourceLocation;
using EngineSpan = Tamer.Spec.Text.TextSpan;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// Reads one <c>[Satisfies("WI-…", "AC-n", …)]</c> into a <see cref="CriterionClaim"/>: the
/// attribute must bind to <c>Tamer.Spec.SatisfiesAttribute</c>; its arguments are read as the
/// compiler reads them (constants included), each with its exact location.
/// </summary>
internal static class ClaimReader
{
    private static readonly SymbolDisplayFormat ClaimantFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

    /// <summary>The attribute type in <paramref name="compilation"/>, or null when the project has none.</summary>
    public static INamedTypeSymbol? FindAttribute(Compilation compilation) =>
        compilation.Assembly.GetTypeByMetadataName(SatisfiesAttributeSource.MetadataName) ?? compilation.GetTypeByMetadataName(SatisfiesAttributeSource.MetadataName);

    /// <summary>
    /// The claim <paramref name="attribute"/> makes, or null when it is another attribute.
    /// <paramref name="path"/> is the path the claim's locations carry (the tree's by default).
    /// </summary>
    public static CriterionClaim? Read(AttributeSyntax attribute, SemanticModel model, INamedTypeSymbol attributeType, CancellationToken cancellationToken, string? path = null)
    {
        if (attribute.ArgumentList is not { } arguments)
        {
            return null;
        }

        if (model.GetSymbolInfo(attribute, cancellationToken).Symbol is not IMethodSymbol constructor || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, attributeType))
        {
            return null;
        }

        ClaimArgument? workItem = null;
        var criteria = new List<ClaimArgument>();
        var position = 0;
        foreach (var argument in arguments.Arguments.Where(a => a.NameEquals is null))
        {
            var isWorkItem = argument.NameColon is { } name ? name.Name.Identifier.ValueText == "workItem" : position == 0;
            position++;
            foreach (var expression in Values(argument.Expression))
            {
                if (Read(expression, model, cancellationToken, path) is not { } read)
                {
                    continue;
                }

                if (isWorkItem)
                {
                    workItem = read;
                }
                else
                {
                    criteria.Add(read);
                }
            }
        }

        return workItem is null ? null : new CriterionClaim(Claimant(attribute, model, cancellationToken), workItem, criteria);
    }

    // The params argument may be given as an array.
    private static IEnumerable<ExpressionSyntax> Values(ExpressionSyntax expression) => expression switch
    {
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        ImplicitArrayCreationExpressionSyntax creation => creation.Initializer.Expressions,
        CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression),
        _ => new[] { expression },
    };

    private static ClaimArgument? Read(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken, string? path)
    {
        var constant = model.GetConstantValue(expression, cancellationToken);
        if (!constant.HasValue || (constant.Value is not null && constant.Value is not string))
        {
            return null;
        }

        var span = expression.Span;
        var lines = expression.SyntaxTree.GetLineSpan(span, cancellationToken);
        var location = new EngineLocation(
            path ?? ProjectPaths.Normalize(expression.SyntaxTree.FilePath),
            new EngineSpan(span.Start, span.Length),
            new EngineLinePosition(lines.StartLinePosition.Line + 1, lines.StartLinePosition.Character + 1),
            new EngineLinePosition(lines.EndLinePosition.Line + 1, lines.EndLinePosition.Character + 1));
        return new ClaimArgument((string?)constant.Value ?? string.Empty, location);
    }

    private static string Claimant(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        var owner = attribute.Parent?.Parent;
        var symbol = owner is null ? null : model.GetDeclaredSymbol(owner, cancellationToken);
        return symbol?.ToDisplayString(ClaimantFormat) ?? "(unknown)";
    }
}
