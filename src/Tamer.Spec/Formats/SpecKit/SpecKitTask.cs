using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.SpecKit;

/// <summary>One task of a Spec Kit tasks.md: <c>- [ ] T012 [P] [US1] Create User model in src/models/user.py</c>.</summary>
internal sealed class SpecKitTask
{
    public SpecKitTask(string id, bool isParallel, int phase, IReadOnlyList<(string Path, TextSpan Span)> paths)
    {
        Id = id;
        IsParallel = isParallel;
        Phase = phase;
        Paths = paths;
    }

    /// <summary>The task id (<c>T012</c>).</summary>
    public string Id { get; }

    /// <summary>True when the task is marked <c>[P]</c>: it may run at the same time as the phase's other [P] tasks.</summary>
    public bool IsParallel { get; }

    /// <summary>The phase (the <c>##</c> section) the task is in, counted from 0.</summary>
    public int Phase { get; }

    /// <summary>The file paths the task names, each with its span.</summary>
    public IReadOnlyList<(string Path, TextSpan Span)> Paths { get; }
}
