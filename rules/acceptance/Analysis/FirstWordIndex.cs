using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>
/// For each word, which of the pack's phrase lists have an entry that starts with it, as one bit
/// per list. A criterion looks its words up here once, and each list then skips the words it has
/// nothing for without a lookup of its own: the pack reads every criterion against some fifty
/// lists, and most words start an entry of none. Lists are registered as they load; a word's bits
/// are recomputed when a list has loaded since they were. The first 64 lists have a bit; any list
/// past them looks every word up, as before.
/// </summary>
internal static class FirstWordIndex
{
    private const int MostKept = 100_000;

    private static readonly object Gate = new();
    private static readonly ConcurrentDictionary<string, (int ListCount, ulong Mask)> Masks = new(System.StringComparer.Ordinal);
    private static PhraseList[] _lists = new PhraseList[0];

    /// <summary>Registers a loaded list; returns its bit, or 0 when every bit is taken.</summary>
    public static ulong Register(PhraseList list)
    {
        lock (Gate)
        {
            var lists = new PhraseList[_lists.Length + 1];
            _lists.CopyTo(lists, 0);
            lists[_lists.Length] = list;
            Volatile.Write(ref _lists, lists);
            return lists.Length <= 64 ? 1UL << (lists.Length - 1) : 0;
        }
    }

    /// <summary>
    /// The bits of the lists that have an entry starting with each of <paramref name="words"/>, and
    /// the bits of the lists registered when they were computed (<see cref="WordMasks.Known"/>): a
    /// list that loads later has no say in them and must look its words up itself.
    /// </summary>
    public static WordMasks MasksOf(IReadOnlyList<string> words)
    {
        var lists = Volatile.Read(ref _lists);
        var masks = new ulong[words.Count];
        for (var i = 0; i < masks.Length; i++)
        {
            masks[i] = MaskOf(words[i], lists);
        }

        return new WordMasks(masks, lists.Length >= 64 ? ulong.MaxValue : (1UL << lists.Length) - 1);
    }

    private static ulong MaskOf(string word, PhraseList[] lists)
    {
        if (Masks.TryGetValue(word, out var entry) && entry.ListCount == lists.Length)
        {
            return entry.Mask;
        }

        var mask = 0UL;
        for (var i = 0; i < lists.Length && i < 64; i++)
        {
            if (lists[i].StartsAnEntry(word))
            {
                mask |= 1UL << i;
            }
        }

        if (Masks.Count < MostKept)
        {
            Masks[word] = (lists.Length, mask);
        }

        return mask;
    }
}
