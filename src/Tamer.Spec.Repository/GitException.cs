using System;

namespace Tamer.Spec.Repository;

/// <summary>git could not answer: it is missing, a revision names no commit, or git itself failed. The message says which, in one line.</summary>
public sealed class GitException : Exception
{
    /// <summary>Creates the exception with its one-line reason.</summary>
    public GitException(string message, bool gitMissing = false)
        : base(message)
    {
        GitMissing = gitMissing;
    }

    /// <summary>Creates the exception with its one-line reason.</summary>
    public GitException()
        : this("git failed")
    {
    }

    /// <summary>Creates the exception with its one-line reason and cause.</summary>
    public GitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when git itself could not be started.</summary>
    public bool GitMissing { get; }
}
