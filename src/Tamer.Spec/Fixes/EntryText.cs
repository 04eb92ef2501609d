namespace Tamer.Spec.Fixes;

/// <summary>A mapping entry to add: its key, its value as YAML text (none for an empty value), and an optional comment.</summary>
public sealed class EntryText
{
    /// <summary>Creates an entry.</summary>
    public EntryText(string key, string? value, string? comment)
    {
        Key = key;
        Value = value;
        Comment = comment;
    }

    /// <summary>The key.</summary>
    public string Key { get; }

    /// <summary>The value as it is written, or null for a key with no value.</summary>
    public string? Value { get; }

    /// <summary>A comment after a block entry, without the <c>#</c>.</summary>
    public string? Comment { get; }
}
