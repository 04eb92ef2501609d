using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>The pack's lexicons, read once from its data files.</summary>
internal sealed class Lexicons
{
    private static readonly Lazy<Lexicons> Loaded = new(() => new Lexicons());

    private readonly Lazy<HashSet<string>> _entries;

    private Lexicons()
    {
        Subjective = PhraseList.Load("subjective-terms.txt");
        UnmeasurableQuantities = PhraseList.Load("unmeasurable-quantities.txt");
        Loopholes = PhraseList.Load("loopholes.txt");
        OpenEnded = PhraseList.Load("open-ended.txt");
        UndefinedReferences = PhraseList.Load("undefined-references.txt");
        VagueVerbs = PhraseList.Load("vague-verbs.txt");
        VagueNouns = PhraseList.Load("vague-nouns.txt");
        ProcessVerbs = PhraseList.Load("process-verbs.txt");
        ProcessSubjects = PhraseList.Load("process-subjects.txt");
        ProcessActors = PhraseList.Load("process-actors.txt");
        ObservableVerbs = PhraseList.Load("observable-verbs.txt");
        ObservableStates = PhraseList.Load("observable-states.txt");
        TechnicalTerms = PhraseList.Load("technical-terms.txt");
        SeedPredicates = PhraseList.Load("seed-predicates.txt");
        GeneralVerbs = PhraseList.Load("verbs-v1.txt");

        // The first class given to a word wins: vague and process readings before observable ones.
        Verbs = new VerbForms();
        Verbs.Add(VagueVerbs, VerbClass.Vague);
        Verbs.Add(ProcessVerbs, VerbClass.Process);
        Verbs.Add(ObservableVerbs, VerbClass.Observable);
        Verbs.Add(GeneralVerbs, VerbClass.General);

        var lists = new[] { Subjective, UnmeasurableQuantities, Loopholes, OpenEnded, UndefinedReferences, VagueVerbs, VagueNouns, ProcessVerbs, ProcessSubjects, ProcessActors, TechnicalTerms };
        _entries = new Lazy<HashSet<string>>(() => new HashSet<string>(lists.SelectMany(l => l.Entries), StringComparer.Ordinal));
    }

    public static Lexicons Instance => Loaded.Value;

    /// <summary>True when <paramref name="phrase"/> (lower-case words joined by single spaces) is an entry of one of the lists.</summary>
    public bool IsEntry(string phrase) => _entries.Value.Contains(phrase);

    public PhraseList Subjective { get; }

    public PhraseList UnmeasurableQuantities { get; }

    public PhraseList Loopholes { get; }

    public PhraseList OpenEnded { get; }

    public PhraseList UndefinedReferences { get; }

    public PhraseList VagueVerbs { get; }

    public PhraseList VagueNouns { get; }

    public PhraseList ProcessVerbs { get; }

    public PhraseList ProcessSubjects { get; }

    public PhraseList ProcessActors { get; }

    public PhraseList ObservableVerbs { get; }

    public PhraseList ObservableStates { get; }

    public PhraseList TechnicalTerms { get; }

    public PhraseList SeedPredicates { get; }

    public PhraseList GeneralVerbs { get; }

    public VerbForms Verbs { get; }
}
