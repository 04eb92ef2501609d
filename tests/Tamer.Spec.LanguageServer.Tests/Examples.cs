using Tamer.Spec.Testing;

namespace Tamer.Spec.LanguageServer.Tests;

internal static class Examples
{
    public static string Folder => RepositoryPaths.InRepository("examples");

    public static string WorkItem(string name) => Path.Combine(Folder, "work-items", name);

    public static string[] WorkItems => Directory.GetFiles(Path.Combine(Folder, "work-items"), "*.md").Order(StringComparer.Ordinal).ToArray();

    /// <summary>A hash of every file under the folder, to show that nothing was written.</summary>
    public static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
