using System.Collections.Generic;

namespace Tamer.Spec.Formats.Kiro;

/// <summary>What a Kiro requirements.md numbers: its requirements (<c>4</c>) and their criteria (<c>4.2</c>).</summary>
internal sealed class KiroRequirements
{
    public KiroRequirements(IReadOnlyCollection<string> numbers, IReadOnlyList<string> requirements)
    {
        Numbers = numbers;
        Requirements = requirements;
    }

    /// <summary>Every number a task may link to.</summary>
    public IReadOnlyCollection<string> Numbers { get; }

    /// <summary>The requirements' own numbers, in order.</summary>
    public IReadOnlyList<string> Requirements { get; }
}
