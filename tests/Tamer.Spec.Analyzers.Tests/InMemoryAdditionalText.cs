using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>An AdditionalFile held in memory, as the compiler hands one to analyzers.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    /// <summary>A file's bytes, decoded the way the compiler decodes a file it reads (UTF-8, or the system's fallback).</summary>
    public InMemoryAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        using var stream = new MemoryStream(bytes);
        _text = SourceText.From(stream);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
