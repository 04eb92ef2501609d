using System.Linq;
using System.Text;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Repository.History;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// The configuration a snapshot is linted with: today's (pinned), or, with <c>--as-of-then</c>,
/// the <c>.tamer.yml</c> (or <c>.tamer.yaml</c>) the commit had in the same folder, the defaults
/// when it had none. A configuration the commit had that does not parse, or names no rule version
/// the engine has, is that week's problem: the week is reported with it and without figures.
/// </summary>
internal sealed record SnapshotConfiguration(TamerConfiguration Configuration, string Identity, string? Problem)
{
    private static readonly string[] FileNames = [".tamer.yml", ".tamer.yaml"];

    public static SnapshotConfiguration AsOf(GitTree tree, string configurationFolder, GitBlobReader blobs, Engine.LintEngine engine)
    {
        var prefix = configurationFolder.Length == 0 ? string.Empty : configurationFolder + "/";
        foreach (var name in FileNames)
        {
            if (tree.BlobOf(prefix + name) is not { } blob)
            {
                continue;
            }

            var result = ConfigurationParser.Parse(prefix + name, Encoding.UTF8.GetString(blobs.Read(blob)));
            var problems = result.Diagnostics.Concat(engine.SelectRules(result.Configuration).Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var problem = problems.Count == 0 ? null : problems[0].ToString();
            return new SnapshotConfiguration(result.Configuration, blob, problem);
        }

        return new SnapshotConfiguration(TamerConfiguration.Default, "default", null);
    }
}
