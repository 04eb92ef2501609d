using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Tamer.Spec.Analyzers;
using Tamer.Spec.Claims;

namespace Tamer.Spec.CSharpClaims;

/// <summary>
/// Reads the <c>[Satisfies]</c> claims of C# files without building them: the files are parsed
/// into one compilation (with the runtime's assemblies, and the attribute as the analyzer package
/// adds it unless a file declares it), and each attribute is read by the analyzer's own reader, so
/// constants, named arguments and aliases count exactly as in the compiler.
/// </summary>
internal static class ClaimScanner
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> RuntimeReferences = new(() =>
        ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is "System.Private.CoreLib.dll" or "System.Runtime.dll" or "System.Collections.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList());

    /// <summary>The claims in <paramref name="files"/>, each located at the path <paramref name="displayPath"/> gives it.</summary>
    public static IReadOnlyList<CriterionClaim> Read(IReadOnlyList<string> files, Func<string, string> displayPath, CancellationToken cancellationToken = default)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
        var trees = new List<SyntaxTree>();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new ClaimSourceException("cannot read " + displayPath(file) + ": " + exception.Message, exception);
            }

            trees.Add(CSharpSyntaxTree.ParseText(text, parse, displayPath(file), cancellationToken: cancellationToken));
        }

        var compilation = CSharpCompilation.Create("Claims", trees, RuntimeReferences.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        if (ClaimReader.FindAttribute(compilation) is null)
        {
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(SatisfiesAttributeSource.Text, parse, SatisfiesAttributeSource.HintName, cancellationToken: cancellationToken));
        }

        var attribute = ClaimReader.FindAttribute(compilation);
        if (attribute is null)
        {
            return Array.Empty<CriterionClaim>();
        }

        var claims = new List<CriterionClaim>();
        foreach (var tree in trees)
        {
            var attributes = tree.GetRoot(cancellationToken).DescendantNodes().OfType<AttributeSyntax>().ToList();
            if (attributes.Count == 0)
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            claims.AddRange(attributes.Select(a => ClaimReader.Read(a, model, attribute, cancellationToken)).Where(c => c is not null).Select(c => c!));
        }

        return claims;
    }
}
