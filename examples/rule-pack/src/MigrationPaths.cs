using System;
using System.Linq;
using Tamer.Spec.Model;

namespace Acme.Tamer.Rules;

/// <summary>Write paths inside a <c>migrations</c> folder, anywhere in the tree.</summary>
internal static class MigrationPaths
{
    public static PathEntry? FirstWritten(WorkItem workItem) =>
        workItem.Scope.WritablePaths.FirstOrDefault(p => IsMigration(p.Text));

    public static bool IsBareFolder(string path) => string.Equals(path.TrimStart('.', '/'), "migrations", StringComparison.Ordinal) || path.EndsWith("/migrations", StringComparison.Ordinal);

    private static bool IsMigration(string path) =>
        ("/" + path.Replace('\\', '/')).Split('/').Any(segment => string.Equals(segment, "migrations", StringComparison.Ordinal));
}
