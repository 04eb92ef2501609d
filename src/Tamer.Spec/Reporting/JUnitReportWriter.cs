using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;

namespace Tamer.Spec.Reporting;

/// <summary>
/// JUnit XML, the test report CI systems show: one <c>testsuite</c> named after the tool, one
/// <c>testcase</c> per linted Work Item (its id as the name, its path as the class name). A
/// refused Work Item has a <c>failure</c> listing its errors; any other diagnostics go to the
/// case's <c>system-out</c>. Run-level diagnostics go to the suite's <c>system-out</c>.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(LintResult result, ToolInfo tool, TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(output, settings))
        {
            var summary = result.Summary;
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", tool.Name);
            xml.WriteAttributeString("tests", Number(summary.Files));
            xml.WriteAttributeString("failures", Number(summary.Refused));
            xml.WriteAttributeString("errors", "0");
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", tool.Name);
            xml.WriteAttributeString("tests", Number(summary.Files));
            xml.WriteAttributeString("failures", Number(summary.Refused));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            foreach (var file in result.Files)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("name", XmlText(file.Id ?? file.Path));
                xml.WriteAttributeString("classname", XmlText(file.Path));
                if (file.IsRefused)
                {
                    var errors = file.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", "refused: " + errors.Count.ToString(CultureInfo.InvariantCulture) + (errors.Count == 1 ? " error" : " errors"));
                    xml.WriteAttributeString("type", errors.Count > 0 ? errors[0].Id : "refused");
                    xml.WriteString(XmlText(string.Join("\n", errors.Select(d => TextReportWriter.Line(d, tool)))));
                    xml.WriteEndElement();
                }

                var others = file.Diagnostics.Where(d => !file.IsRefused || d.Severity != DiagnosticSeverity.Error).ToList();
                if (others.Count > 0)
                {
                    xml.WriteElementString("system-out", XmlText(string.Join("\n", others.Select(d => TextReportWriter.Line(d, tool)))));
                }

                xml.WriteEndElement();
            }

            if (result.RunDiagnostics.Count > 0)
            {
                xml.WriteElementString("system-out", XmlText(string.Join("\n", result.RunDiagnostics.Select(d => TextReportWriter.Line(d, tool)))));
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteLine();
    }

    // A message may quote a Work Item's text, which XML 1.0 cannot hold all of (control characters,
    // lone surrogates): such a character is written as U+FFFD instead of failing the report.
    private static string XmlText(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            var valid = !char.IsSurrogate(c) && XmlConvert.IsXmlChar(c);
            if (!valid && cleaned is null)
            {
                cleaned = new StringBuilder(text, 0, i, text.Length);
            }

            cleaned?.Append(valid ? c : '\uFFFD');
        }

        return cleaned?.ToString() ?? text;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
