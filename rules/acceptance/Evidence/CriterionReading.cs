using System.Collections.Generic;
using Tamer.Spec.Rules.Acceptance.Analysis;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>
/// Acceptance 4.0.0's reading of one criterion: every signal found in it — positive evidence (a
/// result, a trigger, a subject), the way it is written, its words, the smells — and the pieces
/// of evidence it lacks.
/// </summary>
internal sealed class CriterionReading
{
    private CriterionReading(CriterionShape shape, List<Signal> signals, bool wordsScored, double wordScore)
    {
        Shape = shape;
        Signals = signals;
        WordsScored = wordsScored;
        WordScore = wordScore;
    }

    public CriterionShape Shape { get; }

    public IReadOnlyList<Signal> Signals { get; }

    /// <summary>True when the words were weighed while reading (against a model): their sum is <see cref="WordScore"/>, and the word signals kept only explain.</summary>
    public bool WordsScored { get; }

    /// <summary>The summed weight of the words, when <see cref="WordsScored"/>.</summary>
    public double WordScore { get; }

    /// <summary>Reads every signal of <paramref name="text"/>, every word included (what training needs).</summary>
    public static CriterionReading Read(string text) => Read(text, null);

    /// <summary>Reads the signals of <paramref name="text"/>; word features are kept only when <paramref name="model"/> weighs them.</summary>
    public static CriterionReading Read(string text, VaguenessModel? model)
    {
        var sink = new SignalSink(new CriterionShape(text), model);
        ResultSignals.Read(sink);
        TriggerSignals.Read(sink);
        FormSignals.Read(sink);
        SmellSignals.Read(sink);
        WordSignals.Read(sink);
        AddMissing(sink);
        return new CriterionReading(sink.Shape, sink.Signals, model is not null, sink.WordScore);
    }

    private static void AddMissing(SignalSink sink)
    {
        var result = sink.HasResult;
        var trigger = sink.HasTrigger;
        var subject = sink.HasSubject || sink.Has("result:code") || sink.Has("result:path") || sink.Has("result:route") || sink.Has("result:quoted");
        if (!result)
        {
            sink.Add(MissingPiece.Result, SignalKind.Missing);
        }

        if (!trigger)
        {
            sink.Add(MissingPiece.Trigger, SignalKind.Missing);
        }

        if (!subject)
        {
            sink.Add(MissingPiece.Subject, SignalKind.Missing);
        }

        if (!result && !trigger)
        {
            sink.Add(MissingPiece.ResultAndTrigger, SignalKind.Missing);
        }

        var smells = sink.Smells;
        if (smells > 0 && !result)
        {
            sink.Add("missing:result+smell", SignalKind.Missing);
        }

        if (smells > 1)
        {
            sink.Add("smells:several", SignalKind.Form);
        }
    }
}
