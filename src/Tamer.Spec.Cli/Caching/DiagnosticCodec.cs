using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Fixes;
using Tamer.Spec.Text;

namespace Tamer.Spec.Cli.Caching;

/// <summary>
/// Writes a file's result to the cache and reads it back whole: each diagnostic's descriptor,
/// severity, message, location, rule, suppression, properties and fixes. A diagnostic whose ID
/// neither its rule version nor the engine declares makes the entry unreadable
/// (<see cref="InvalidDataException"/>), so a cache written by other rules is never read as this run's.
/// </summary>
internal sealed class DiagnosticCodec
{
    private static readonly Dictionary<string, DiagnosticDescriptor> EngineDescriptors = EngineDiagnostics.All.ToDictionary(d => d.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, (RuleReference Rule, Dictionary<string, DiagnosticDescriptor> Descriptors)> _rules = new(StringComparer.Ordinal);

    public DiagnosticCodec(IEnumerable<SelectedRule> rules)
    {
        foreach (var selected in rules)
        {
            _rules[selected.Reference.ToString()] = (selected.Reference, selected.Rule.SupportedDiagnostics.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        }

        _rules[EngineDiagnostics.Rule.ToString()] = (EngineDiagnostics.Rule, EngineDescriptors);
    }

    /// <summary>The bytes of <paramref name="file"/>'s result: what counts, what is suppressed, what is baselined.</summary>
    public static byte[] Encode(FileLintResult file) => CacheBytes.Of(writer =>
    {
        Write(writer, file.Diagnostics);
        Write(writer, file.SuppressedDiagnostics);
        Write(writer, file.BaselinedDiagnostics);
    });

    /// <summary>The result <see cref="Encode"/> wrote, for <paramref name="document"/>.</summary>
    public FileLintResult Decode(ArraySegment<byte> result, Parsing.WorkItemDocument document)
    {
        var reader = CacheReading.At(result);
        var diagnostics = Read(reader);
        var suppressed = Read(reader);
        var baselined = Read(reader);
        return CacheReading.AtEnd(reader, result) ? new FileLintResult(document, diagnostics, suppressed, baselined) : throw new InvalidDataException("trailing bytes after a result");
    }

    private static void Write(BinaryWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            writer.Write(diagnostic.Rule.ToString());
            writer.Write(diagnostic.Id);
            writer.Write((int)diagnostic.Severity);
            writer.Write(diagnostic.Message);
            WriteLocation(writer, diagnostic.Location);
            WriteOptional(writer, diagnostic.SuppressionJustification);
            writer.Write((int)diagnostic.Fix);
            writer.Write(diagnostic.Properties.Count);
            foreach (var (key, value) in diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                writer.Write(value);
            }

            writer.Write(diagnostic.Fixes.Count);
            foreach (var fix in diagnostic.Fixes)
            {
                writer.Write(fix.DiagnosticId);
                writer.Write(fix.Title);
                writer.Write((int)fix.Kind);
                writer.Write(fix.Edits.Count);
                foreach (var edit in fix.Edits)
                {
                    writer.Write(edit.Span.Start);
                    writer.Write(edit.Span.Length);
                    writer.Write(edit.NewText);
                }
            }
        }
    }

    private IReadOnlyList<Diagnostic> Read(BinaryReader reader)
    {
        var count = CacheReading.Count(reader);
        if (count == 0)
        {
            return Array.Empty<Diagnostic>();
        }

        var diagnostics = new Diagnostic[count];
        for (var i = 0; i < count; i++)
        {
            var reference = reader.ReadString();
            var id = reader.ReadString();
            // The engine's own diagnostics (a rule that failed, TMR9003) carry the failing rule's reference.
            if (!_rules.TryGetValue(reference, out var rule) || !(rule.Descriptors.TryGetValue(id, out var descriptor) || EngineDescriptors.TryGetValue(id, out descriptor)))
            {
                throw new InvalidDataException("the cache names " + id + " of " + reference + ", which this run does not use");
            }

            var severity = CacheReading.Enum<DiagnosticSeverity>(reader);
            var message = reader.ReadString();
            var location = ReadLocation(reader);
            var suppression = ReadOptional(reader);
            var fixKind = CacheReading.Enum<FixKind>(reader);
            var diagnostic = new Diagnostic(descriptor, severity, message, location, rule.Rule, suppression, fixKind);
            var propertyCount = CacheReading.Count(reader);
            if (propertyCount > 0)
            {
                var properties = new Dictionary<string, string>(propertyCount, StringComparer.Ordinal);
                for (var p = 0; p < propertyCount; p++)
                {
                    properties[reader.ReadString()] = reader.ReadString();
                }

                diagnostic = diagnostic.WithProperties(properties);
            }

            var fixCount = CacheReading.Count(reader);
            if (fixCount > 0)
            {
                var fixes = new List<CodeFix>(fixCount);
                for (var f = 0; f < fixCount; f++)
                {
                    var fixId = reader.ReadString();
                    var title = reader.ReadString();
                    var kind = CacheReading.Enum<FixKind>(reader);
                    var edits = new TextEdit[CacheReading.Count(reader)];
                    for (var e = 0; e < edits.Length; e++)
                    {
                        var start = reader.ReadInt32();
                        var length = reader.ReadInt32();
                        edits[e] = new TextEdit(new TextSpan(start, length), reader.ReadString());
                    }

                    fixes.Add(new CodeFix(fixId, title, kind, edits));
                }

                diagnostic = diagnostic.WithFixes(fixes);
            }

            diagnostics[i] = diagnostic;
        }

        return diagnostics;
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteLocation(BinaryWriter writer, SourceLocation? location)
    {
        writer.Write(location is not null);
        if (location is null)
        {
            return;
        }

        writer.Write(location.Path);
        writer.Write(location.Span.Start);
        writer.Write(location.Span.Length);
        writer.Write(location.Start.Line);
        writer.Write(location.Start.Column);
        writer.Write(location.End.Line);
        writer.Write(location.End.Column);
    }

    private static SourceLocation? ReadLocation(BinaryReader reader)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var path = reader.ReadString();
        var span = new TextSpan(reader.ReadInt32(), reader.ReadInt32());
        var start = new LinePosition(reader.ReadInt32(), reader.ReadInt32());
        var end = new LinePosition(reader.ReadInt32(), reader.ReadInt32());
        return new SourceLocation(path, span, start, end);
    }
}
