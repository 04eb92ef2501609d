namespace Tamer.Spec.Formats;

/// <summary>The folder and file name of a file that belongs to a feature folder (Spec Kit, Kiro).</summary>
internal static class FeatureFolder
{
    /// <summary>The folder part of <paramref name="path"/> (with '/'), empty for a bare file name.</summary>
    public static string Of(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash);
    }

    /// <summary>The last folder's name (the feature's), or the path itself.</summary>
    public static string Name(string path)
    {
        var folder = Of(path);
        var slash = folder.LastIndexOf('/');
        return slash < 0 ? folder : folder.Substring(slash + 1);
    }

    /// <summary>The file name, lower case.</summary>
    public static string FileName(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.Substring(normalized.LastIndexOf('/') + 1).ToLowerInvariant();
    }
}
