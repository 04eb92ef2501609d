using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Tamer.Spec.Diagnostics;

/// <summary>
/// Everything fixed about a diagnostic: ID, title, message format, default severity, help link
/// and fix kind. Written once; docs headers, rule listings and SARIF rule entries derive from it.
/// </summary>
public sealed class DiagnosticDescriptor
{
    private static readonly Regex IdShape = new("^[A-Z][A-Z0-9]{1,11}[0-9]$", RegexOptions.CultureInvariant);

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable ID: upper-case letters then digits (<c>TMR2003</c>).</param>
    /// <param name="title">A short title, sentence case, no final period.</param>
    /// <param name="messageFormat">The message, with <c>{0}</c>-style placeholders for what was found.</param>
    /// <param name="defaultSeverity">The severity when configuration says nothing.</param>
    /// <param name="helpUri">The diagnostic's docs page.</param>
    /// <param name="fixKind">Whether the diagnostic has a fix, and which kind.</param>
    public DiagnosticDescriptor(string id, string title, string messageFormat, DiagnosticSeverity defaultSeverity, Uri helpUri, FixKind fixKind = FixKind.None)
    {
        if (id is null || !IdShape.IsMatch(id))
        {
            throw new ArgumentException("A diagnostic ID is upper-case letters followed by digits, such as TMR2003; got '" + id + "'.", nameof(id));
        }

        Id = id;
        Title = string.IsNullOrWhiteSpace(title) ? throw new ArgumentException("A title is needed.", nameof(title)) : title;
        MessageFormat = string.IsNullOrWhiteSpace(messageFormat) ? throw new ArgumentException("A message format is needed.", nameof(messageFormat)) : messageFormat;
        DefaultSeverity = defaultSeverity;
        HelpUri = helpUri ?? throw new ArgumentNullException(nameof(helpUri));
        FixKind = fixKind;
    }

    /// <summary>The stable ID.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The message format (composite format, invariant culture).</summary>
    public string MessageFormat { get; }

    /// <summary>The severity when configuration says nothing.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The docs page.</summary>
    public Uri HelpUri { get; }

    /// <summary>The fix kind.</summary>
    public FixKind FixKind { get; }

    /// <summary>The message for the given arguments.</summary>
    public string FormatMessage(params object?[] arguments) =>
        arguments is null || arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    /// <inheritdoc />
    public override string ToString() => Id + ": " + Title;
}
