using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Rules.Acceptance.Analysis;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>Collects the signals of one criterion, each feature at most once (the first words that show it).</summary>
internal sealed class SignalSink
{
    private bool? _hasVerbEvidence;

    /// <summary>
    /// Collects the signals of <paramref name="shape"/>. With a <paramref name="model"/>, the words are
    /// weighed as they are read (<see cref="WordScore"/>) and only those that weigh towards "vague"
    /// are kept as signals, for the explanation; without one (training), every word is a signal.
    /// </summary>
    public SignalSink(CriterionShape shape, VaguenessModel? model = null)
    {
        Shape = shape;
        Model = model;
    }

    public VaguenessModel? Model { get; }

    /// <summary>The summed weight of the words read against <see cref="Model"/>.</summary>
    public double WordScore { get; set; }

    public CriterionShape Shape { get; }

    public List<Signal> Signals { get; } = new(16);

    public bool Has(string name)
    {
        foreach (var signal in Signals)
        {
            if (string.Equals(signal.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some signal found so far is positive evidence of a result.</summary>
    public bool HasResult { get; private set; }

    /// <summary>True when some signal found so far is a trigger.</summary>
    public bool HasTrigger { get; private set; }

    /// <summary>True when some signal found so far names the thing the criterion is about.</summary>
    public bool HasSubject { get; private set; }

    /// <summary>The number of smells found so far.</summary>
    public int Smells { get; private set; }

    /// <summary><see cref="CriterionShape.HasVerbEvidence"/>, computed once.</summary>
    public bool HasVerbEvidence => _hasVerbEvidence ??= Shape.HasVerbEvidence();



    /// <summary>True when some result found so far lies outside words [first, first + count): the words of a smell do not count as its own result.</summary>
    public bool HasResultOutside(int first, int count)
    {
        var (start, length) = Shape.SpanOfWords(first, count);
        return Signals.Any(s => s.Kind == SignalKind.Result && (s.Start + s.Length <= start || s.Start >= start + length));
    }

    /// <summary>True when some signal found so far names something concrete: a number, code, a quoted value, a path, an identifier or a name.</summary>
    public bool HasAnchor { get; private set; }

    /// <summary>Adds a feature of the whole criterion.</summary>
    public void Add(string name, SignalKind kind, string? reason = null) => Add(new Signal(name, 0, 0, kind, reason));

    /// <summary>Adds a feature shown by words [first, first + count) of the shape.</summary>
    public void AddWords(string name, SignalKind kind, int first, int count, string? reason = null)
    {
        var (start, length) = Shape.SpanOfWords(first, count);
        Add(new Signal(name, start, length, kind, reason));
    }

    /// <summary>Adds a feature shown by token <paramref name="token"/> of the shape.</summary>
    public void AddToken(string name, SignalKind kind, int token, string? reason = null)
    {
        var t = Shape.Tokens[token];
        Add(new Signal(name, t.Start, t.Length, kind, reason));
    }

    public void Add(Signal signal)
    {
        if (IsQualifiedSmell(signal) && IsBounded(signal))
        {
            // "clear (3:1 contrast)", "quickly, within 200 ms": the words that follow may define the
            // smell away, so the model weighs such a smell apart from a bare one.
            var slash = signal.Name.IndexOf('/');
            var name = slash > 0 ? FeatureNames.Of(FeatureNames.Of(signal.Name.Substring(0, slash), "+bounded"), signal.Name.Substring(slash)) : FeatureNames.Of(signal.Name, "+bounded");
            signal = new Signal(name, signal.Start, signal.Length, signal.Kind, signal.Reason);
        }

        if (Has(signal.Name))
        {
            return;
        }

        Signals.Add(signal);
        HasResult |= signal.Kind == SignalKind.Result;
        HasTrigger |= signal.Kind == SignalKind.Trigger;
        HasSubject |= signal.Kind == SignalKind.Subject;
        HasAnchor |= signal.Name is "result:code" or "result:quoted" or "result:path" or "result:route" or "result:number" or "result:quantity"
            or "result:bound" or "result:status" or "result:percent" or "result:comparison" or "result:exit" or "subject:identifier" or "subject:name";
        Smells += signal.Kind is SignalKind.NoBehaviour or SignalKind.NoObject or SignalKind.Subjective or SignalKind.OpenEnd ? 1 : 0;
    }

    private static bool IsQualifiedSmell(Signal signal) =>
        signal.HasWords && signal.Name.StartsWith("smell", StringComparison.Ordinal) && !signal.Name.StartsWith("smell:verb", StringComparison.Ordinal)
        && signal.Kind is SignalKind.Subjective or SignalKind.NoObject or SignalKind.NoBehaviour;

    // A number, a quoted value, code or a comparison within the next few tokens of the same sentence.
    private bool IsBounded(Signal signal)
    {
        var tokens = Shape.Tokens;
        var end = signal.Start + signal.Length;
        var seen = 0;
        for (var i = FirstTokenFrom(end); i < tokens.Count && seen < 6; i++)
        {
            seen++;
            if (tokens[i].Kind == TokenKind.Break && tokens[i].Lower is "." or ";")
            {
                return false;
            }

            if (tokens[i].Kind is TokenKind.Number or TokenKind.Quoted or TokenKind.Code or TokenKind.Symbol)
            {
                return true;
            }
        }

        return false;
    }

    // The first token that starts at or after offset, by binary search (tokens are in text order).
    private int FirstTokenFrom(int offset)
    {
        var tokens = Shape.Tokens;
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
