using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Formats.Backlog;
using Tamer.Spec.Formats.Kiro;
using Tamer.Spec.Formats.SpecKit;

namespace Tamer.Spec.Formats;

/// <summary>The format profiles the gate knows, by the names <c>.tamer.yml</c> uses.</summary>
public static class FormatProfiles
{
    /// <summary>The native Work Item format.</summary>
    public static FormatProfile Native { get; } = new NativeProfile();

    /// <summary>Backlog.md tasks (<c>backlog/tasks/task-7 - Title.md</c>).</summary>
    public static FormatProfile BacklogMd { get; } = new BacklogProfile();

    /// <summary>GitHub Spec Kit features (<c>specs/001-name/spec.md</c> and <c>tasks.md</c>).</summary>
    public static FormatProfile SpecKit { get; } = new SpecKitProfile();

    /// <summary>Kiro specs (<c>.kiro/specs/name/requirements.md</c>, <c>tasks.md</c>, <c>design.md</c>).</summary>
    public static FormatProfile Kiro { get; } = new KiroProfile();

    /// <summary>Every profile, the native one first.</summary>
    public static IReadOnlyList<FormatProfile> All { get; } = new[] { Native, BacklogMd, SpecKit, Kiro };

    /// <summary>The profile named <paramref name="name"/> (ordinal), or null.</summary>
    public static FormatProfile? Find(string name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
