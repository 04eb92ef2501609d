namespace Tamer.Spec.Model;

/// <summary>What a scope list grants.</summary>
public enum ScopeAccess
{
    /// <summary><c>write</c> (or a legacy scope's paths): the change may modify these paths.</summary>
    Write,

    /// <summary><c>read_only</c>: may read, must not modify.</summary>
    ReadOnly,

    /// <summary><c>forbidden</c>: must not read or modify.</summary>
    Forbidden,
}
