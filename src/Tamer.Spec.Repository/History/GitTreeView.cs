using Tamer.Spec.Rules;

namespace Tamer.Spec.Repository.History;

/// <summary>The files of a past commit, for rules that compare scope paths with the tree, as they stood then.</summary>
public sealed class GitTreeView : IRepositoryView
{
    private readonly GitTree _tree;

    public GitTreeView(GitTree tree)
    {
        _tree = tree;
    }

    public bool FileExists(string relativePath) => _tree.HasFile(Normalize(relativePath));

    public bool DirectoryExists(string relativePath) => _tree.HasFolder(Normalize(relativePath));

    private static string Normalize(string path) => path.Replace('\\', '/').Trim('/');
}
