using System;
using System.Collections.Generic;
using Tamer.Spec.Rules.Acceptance.Analysis;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>
/// Positive evidence of the trigger or input a result follows from (a condition, a request, a
/// user action, an input named after "for" or "with"), and of the concrete thing the criterion is
/// about (a named component, an identifier, a name written with capitals).
/// </summary>
internal static class TriggerSignals
{
    private static readonly HashSet<string> ConditionWords = new(StringComparer.Ordinal) { "when", "whenever", "if", "given", "after", "upon", "once", "while", "before", "during", "unless" };

    private static readonly HashSet<string> HttpMethods = new(StringComparer.Ordinal) { "get", "post", "put", "patch", "delete", "head", "options" };

    private static readonly HashSet<string> Actions = new(StringComparer.Ordinal)
    {
        "click", "clicks", "clicking", "clicked", "tap", "taps", "tapping", "submit", "submits", "submitting", "submitted", "enter", "enters", "entering", "type", "types", "typing",
        "select", "selects", "selecting", "run", "runs", "running", "call", "calls", "calling", "called", "open", "opens", "opening", "press", "presses", "pressing", "upload", "uploads",
        "uploading", "send", "sends", "sending", "request", "requests", "requesting", "visit", "visits", "visiting", "navigate", "navigates", "navigating", "invoke", "invokes", "invoking",
    };

    private static readonly HashSet<string> InputMarkers = new(StringComparer.Ordinal) { "for", "with", "given", "on", "from", "without" };

    private static readonly HashSet<string> InputDeterminers = new(StringComparer.Ordinal) { "a", "an", "any", "each", "every", "the", "two", "three", "no", "invalid", "valid", "empty", "missing", "duplicate", "expired" };

    // What a word can start, from the sets above: one lookup a word instead of one a set.
    private static readonly Dictionary<string, Role> Roles = RolesOf();

    [Flags]
    private enum Role
    {
        None = 0,
        Condition = 1,
        Request = 2,
        Action = 4,
        Input = 8,
    }

    public static void Read(SignalSink sink)
    {
        var shape = sink.Shape;
        var words = shape.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (!Roles.TryGetValue(words[i], out var role))
            {
                continue;
            }

            if ((role & Role.Condition) != 0 && !shape.InPurposeClause[i])
            {
                sink.AddWords("trigger:condition", SignalKind.Trigger, i, 1);
            }

            if ((role & Role.Request) != 0 && shape.IsCapitalised(i) && shape.ConcreteFollows(i, 1))
            {
                sink.AddWords("trigger:request", SignalKind.Trigger, i, 1);
            }

            if ((role & Role.Action) != 0 && (i < shape.OutcomeStart || (i > 0 && words[i - 1] is "user" or "users" or "i" or "they" or "when" or "after" or "on" or "by" or "then")))
            {
                sink.AddWords("trigger:action", SignalKind.Trigger, i, 1);
            }

            if ((role & Role.Input) != 0 && i + 1 < words.Count && !shape.BreakBefore[i + 1] && (InputDeterminers.Contains(words[i + 1]) || shape.ConcreteFollows(i, 2)))
            {
                sink.AddWords("trigger:input", SignalKind.Trigger, i, 2);
            }
        }

        ReadSubjects(sink, shape);
    }

    private static void ReadSubjects(SignalSink sink, CriterionShape shape)
    {
        for (var t = 0; t < shape.Tokens.Count; t++)
        {
            if (shape.Tokens[t].Kind == TokenKind.Identifier && !shape.IsExampleToken[t])
            {
                sink.AddToken("subject:identifier", SignalKind.Subject, t);
                break;
            }
        }

        for (var i = shape.LeadingInstructionWords + 1; i < shape.Words.Count; i++)
        {
            if (shape.IsWrittenAsName(i) && !CriterionShape.TryGetVerb(shape.Words[i], out _))
            {
                sink.AddWords("subject:name", SignalKind.Subject, i, 1);
                break;
            }
        }

        for (var i = 0; i + 1 < shape.Words.Count; i++)
        {
            if (shape.Words[i + 1] is "shall" or "must" && i >= 1 && shape.Words[i - 1] == "the" && shape.Words[i] != "system")
            {
                sink.AddWords("subject:component", SignalKind.Subject, i, 1);
                break;
            }
        }
    }

    private static Dictionary<string, Role> RolesOf()
    {
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var (words, role) in new[] { (ConditionWords, Role.Condition), (HttpMethods, Role.Request), (Actions, Role.Action), (InputMarkers, Role.Input) })
        {
            foreach (var word in words)
            {
                roles[word] = (roles.TryGetValue(word, out var known) ? known : Role.None) | role;
            }
        }

        return roles;
    }
}
