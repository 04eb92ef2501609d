using System.Reflection;
using Tamer.Spec.Rules.Acceptance.Analysis;
using Tamer.Spec.Rules.Acceptance.Evidence;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// A phrase list skips the words no entry of it starts with by the words' masks
/// (<see cref="FirstWordIndex"/>): on every list of the acceptance pack, the matches must be those
/// of a lookup of every word.
/// </summary>
public sealed class PhraseListMaskTests
{
    [Fact]
    public void Every_list_finds_the_same_matches_with_and_without_the_masks_on_real_and_mutated_criteria()
    {
        var lists = ListsOf(Lexicons.Instance).Concat(ListsOf(EvidenceLexicons.Instance)).ToList();
        var criteria = CriteriaEvaluation.Load(Path.Combine(RepositoryPaths.Shared, "eval", "ac-dev.jsonl")).Select(c => c.Text).ToList();

        // Each list's own entries, one per criterion, so that every list has matches to find.
        criteria.AddRange(lists.SelectMany(l => l.Entries.Take(20)).Select(entry => "WHEN the export runs THEN it shall " + entry + ", as before"));
        var compared = 0;
        var matched = 0;
        foreach (var text in criteria)
        {
            var shape = new CriterionShape(text);
            foreach (var list in lists)
            {
                var masked = list.Find(shape);
                masked.ShouldBe(list.Find(shape.Words, shape.BreakBefore), list.Name + " on \"" + text + "\"");
                compared++;
                matched += masked.Count;
            }
        }

        lists.Count.ShouldBeGreaterThan(20);
        matched.ShouldBeGreaterThan(compared / 20, "the comparison must cover lists that do match");
    }

    [Fact]
    public void A_list_that_loads_after_a_criterion_took_its_masks_still_finds_its_words()
    {
        var shape = new CriterionShape("Die Anwendung zeigt den Fehler und der Nutzer sieht die Meldung");
        _ = shape.FirstWordMasks;

        // A list loaded now has a bit the masks above were not computed with.
        var late = PhraseList.Load("language-de.txt");

        late.Find(shape).ShouldBe(late.Find(shape.Words, shape.BreakBefore));
        late.Find(shape).Count.ShouldBeGreaterThan(2, "German function words are entries of the German list");
    }

    private static IEnumerable<PhraseList> ListsOf(object lexicons) =>
        lexicons.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(PhraseList))
            .Select(p => (PhraseList)p.GetValue(lexicons)!);
}
