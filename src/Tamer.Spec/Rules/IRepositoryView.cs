namespace Tamer.Spec.Rules;

/// <summary>
/// What a host knows about the repository's files, for the few rules that compare a Work Item
/// with the tree (they stay pure: the host answers, the rule only asks). Inside the compiler there
/// is no repository view, and such rules report nothing.
/// </summary>
public interface IRepositoryView
{
    /// <summary>True when the repository-relative file exists.</summary>
    bool FileExists(string relativePath);

    /// <summary>True when the repository-relative folder exists.</summary>
    bool DirectoryExists(string relativePath);
}
