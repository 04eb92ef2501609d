namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>The bits of each word of a text (<see cref="Bits"/>) and of the lists they speak for (<see cref="Known"/>).</summary>
internal sealed class WordMasks
{
    public WordMasks(ulong[] bits, ulong known)
    {
        Bits = bits;
        Known = known;
    }

    public ulong[] Bits { get; }

    public ulong Known { get; }

    /// <summary>True when the word at <paramref name="index"/> surely starts no entry of the list with <paramref name="bit"/>.</summary>
    public bool Excludes(int index, ulong bit) => (Known & bit) != 0 && (Bits[index] & bit) == 0;
}
