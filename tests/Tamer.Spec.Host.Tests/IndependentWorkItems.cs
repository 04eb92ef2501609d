using System.Globalization;

namespace Tamer.Spec.Host.Tests;

/// <summary>Folders of generated ready Work Items that depend on nothing, each writing its own folder <c>src/mN/</c>.</summary>
internal static class IndependentWorkItems
{
    public static string Id(int i) => "WI-LOAD-" + i.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Host folders whose Work Items are <paramref name="count"/> generated ones (WI-LOAD-0000, …).</summary>
    public static HostFolders Folders(int count)
    {
        var folders = HostFolders.Fixture("chain");
        Write(folders.WorkItems, count);
        return folders;
    }

    /// <summary>Replaces the chain fixture in <paramref name="folder"/> with <paramref name="count"/> generated Work Items.</summary>
    public static void Write(string folder, int count)
    {
        var template = File.ReadAllText(Path.Combine(folder, "chain-a.md"));
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Delete(file);
        }

        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(
                Path.Combine(folder, "load-" + i + ".md"),
                template.Replace("WI-CHAIN-A", Id(i), StringComparison.Ordinal)
                    .Replace("write: [src/attempts/store.ts, tests/attempts/store.test.ts]", "write: [src/m" + i + "/]", StringComparison.Ordinal));
        }
    }
}
