using System;
using Tamer.Spec.Rules.Acceptance.Analysis;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>The word lists acceptance 4.0.0 reads beside those of 3.0.0, loaded once from the pack's data files.</summary>
internal sealed class EvidenceLexicons
{
    private static readonly Lazy<EvidenceLexicons> Loaded = new(() => new EvidenceLexicons());

    private EvidenceLexicons()
    {
        CapabilityVerbs = PhraseList.Load("capability-verbs.txt");
        BusinessOutcomes = PhraseList.Load("business-outcomes.txt");
        PolicyReferences = PhraseList.Load("policy-references.txt");
        ProcessArtefacts = PhraseList.Load("process-artefacts.txt");
        MannerWords = PhraseList.Load("manner-words.txt");
        ObservableElements = PhraseList.Load("observable-elements.txt");
        UndefinedQualifiers = PhraseList.Load("undefined-qualifiers.txt");
        ActivityVerbs = PhraseList.Load("activity-verbs.txt");
        AbstractNouns = PhraseList.Load("abstract-nouns.txt");
        OpenQuestions = PhraseList.Load("open-questions.txt");
        HumanSubjects = PhraseList.Load("human-subjects.txt");
    }

    public static EvidenceLexicons Instance => Loaded.Value;

    public PhraseList CapabilityVerbs { get; }

    public PhraseList BusinessOutcomes { get; }

    public PhraseList PolicyReferences { get; }

    public PhraseList ProcessArtefacts { get; }

    public PhraseList MannerWords { get; }

    public PhraseList ObservableElements { get; }

    public PhraseList UndefinedQualifiers { get; }

    public PhraseList ActivityVerbs { get; }

    public PhraseList AbstractNouns { get; }

    public PhraseList OpenQuestions { get; }

    public PhraseList HumanSubjects { get; }
}
