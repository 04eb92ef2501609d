using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Tamer.Spec.Analyzers;

/// <summary>One AdditionalFile the analyzer reads: a Work Item (or candidate) or the configuration.</summary>
internal sealed class AdditionalInput
{
    public AdditionalInput(string path, string? relativePath, SourceText text, AdditionalFileRole role, AnalyzerConfigOptions options)
    {
        Path = path;
        RelativePath = relativePath;
        Text = text;
        Role = role;
        Options = options;
    }

    /// <summary>The path as the compiler knows it: Roslyn locations use it.</summary>
    public string Path { get; }

    /// <summary>The path relative to the project's root with '/', or null when the root is unknown or the file is outside it.</summary>
    public string? RelativePath { get; }

    /// <summary>The path the engine reports: relative when possible, as the command line does.</summary>
    public string DocumentPath => RelativePath ?? ProjectPaths.Normalize(Path);

    public SourceText Text { get; }

    public AdditionalFileRole Role { get; }

    /// <summary>The <c>.editorconfig</c> options of this file.</summary>
    public AnalyzerConfigOptions Options { get; }
}
