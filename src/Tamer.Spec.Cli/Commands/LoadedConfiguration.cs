using System.Collections.Generic;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Cli.Commands;

/// <summary>The configuration a run uses, the folder its globs are relative to, and its problems.</summary>
internal sealed class LoadedConfiguration
{
    public LoadedConfiguration(TamerConfiguration configuration, string root, IReadOnlyList<Diagnostic> diagnostics)
    {
        Configuration = configuration;
        Root = root;
        Diagnostics = diagnostics;
    }

    public TamerConfiguration Configuration { get; }

    /// <summary>The folder <c>include</c> and <c>exclude</c> are relative to.</summary>
    public string Root { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
