using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>An AdditionalFile held in memory, as the compiler hands one to analyzers.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
