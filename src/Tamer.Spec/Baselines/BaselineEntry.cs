using System;

namespace Tamer.Spec.Baselines;

/// <summary>
/// One recorded diagnostic of a baseline: its fingerprint (the ID, the Work Item, the node and a
/// hash of the offending text) and what a person added to it (owner, reason, expiry date).
/// </summary>
public sealed class BaselineEntry
{
    /// <summary>Creates an entry.</summary>
    public BaselineEntry(BaselineFingerprint fingerprint, string message, string? owner, string? reason, DateTime? expires)
    {
        Fingerprint = fingerprint ?? throw new ArgumentNullException(nameof(fingerprint));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Owner = owner;
        Reason = reason;
        Expires = expires;
    }

    /// <summary>What must match exactly for the entry to hide a diagnostic.</summary>
    public BaselineFingerprint Fingerprint { get; }

    /// <summary>The diagnostic's message when it was recorded (for people; not part of the match).</summary>
    public string Message { get; }

    /// <summary>Who answers for the entry, or null.</summary>
    public string? Owner { get; }

    /// <summary>Why the diagnostic is accepted for now, or null.</summary>
    public string? Reason { get; }

    /// <summary>The last day the entry hides its diagnostic (inclusive), or null for no end.</summary>
    public DateTime? Expires { get; }

    /// <summary>True when <paramref name="today"/> is after <see cref="Expires"/>.</summary>
    public bool IsExpiredOn(DateTime today) => Expires is { } last && today.Date > last.Date;

    /// <summary>A copy with another message (the owner, reason and expiry stay).</summary>
    public BaselineEntry WithMessage(string message) => new(Fingerprint, message, Owner, Reason, Expires);
}
