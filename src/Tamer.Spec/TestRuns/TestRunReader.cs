using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace Tamer.Spec.TestRuns;

/// <summary>
/// Reads a test run file: TRX (what <c>dotnet test --logger trx</c> writes) or JUnit XML (what
/// pytest, Jest, Maven Surefire, Go's and most other runners write), told apart by the root
/// element. The reader never resolves a DTD or an external entity; a file it cannot read is a
/// <see cref="TestRunFormatException"/> naming the file, and the line and column where known.
/// </summary>
public static class TestRunReader
{
    private const string TrxNamespace = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Reads the run in <paramref name="text"/>; <paramref name="path"/> names it in results and errors.</summary>
    public static TestRun Read(string path, string text)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var document = Load(path, text ?? throw new ArgumentNullException(nameof(text)));
        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "TestRun" when root.Name.NamespaceName is TrxNamespace or "" => new TestRun(path, "trx", ReadTrx(path, root)),
            "testsuites" or "testsuite" => new TestRun(path, "junit", ReadJUnit(path, root)),
            _ => throw new TestRunFormatException(path + Where(root) + ": the root element is <" + root.Name.LocalName + ">; a TRX file starts with <TestRun>, a JUnit XML file with <testsuites> or <testsuite>"),
        };
    }

    private static XDocument Load(string path, string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            return document.Root is null ? throw new TestRunFormatException(path + ": the file has no root element") : document;
        }
        catch (XmlException exception) when (exception.LineNumber == 0 && text.IndexOf("<!DOCTYPE", StringComparison.Ordinal) is var doctype && doctype >= 0)
        {
            // A DTD could declare entities that expand without end or read other files: never read.
            var line = 1 + text.Take(doctype).Count(c => c == '\n');
            throw new TestRunFormatException(path + "(" + line.ToString(CultureInfo.InvariantCulture) + "," + Column(text, doctype).ToString(CultureInfo.InvariantCulture) + "): a DOCTYPE is not accepted in a test run file", exception);
        }
        catch (XmlException exception)
        {
            var place = exception.LineNumber > 0 ? "(" + exception.LineNumber.ToString(CultureInfo.InvariantCulture) + "," + exception.LinePosition.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty;
            throw new TestRunFormatException(path + place + ": not well-formed XML: " + exception.Message, exception);
        }
    }

    // The 1-based column of an offset: characters since the line's start.
    private static int Column(string text, int offset)
    {
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }

    private static List<TestResult> ReadTrx(string path, XElement root)
    {
        XName Trx(string name) => XName.Get(name, root.Name.NamespaceName.Length > 0 ? root.Name.NamespaceName : string.Empty);
        var methods = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var test in root.Elements(Trx("TestDefinitions")).Elements(Trx("UnitTest")))
        {
            var method = test.Element(Trx("TestMethod"));
            var className = ClassName(method?.Attribute("className")?.Value);
            var methodName = method?.Attribute("name")?.Value;
            if ((string?)test.Attribute("id") is { } id && className is not null && methodName is not null)
            {
                methods[id] = className + "." + methodName;
            }
        }

        var results = new List<TestResult>();
        foreach (var result in root.Elements(Trx("Results")).Elements(Trx("UnitTestResult")))
        {
            var name = (string?)result.Attribute("testName") ?? throw new TestRunFormatException(path + Where(result) + ": a <UnitTestResult> without testName");
            var method = (string?)result.Attribute("testId") is { } id && methods.TryGetValue(id, out var found) ? found : null;
            results.Add(new TestResult(name, method, TrxOutcome((string?)result.Attribute("outcome")), CriterionReference.FindIn(name).Distinct().ToList()));
        }

        return results;
    }

    // "Namespace.Class, Assembly, Version=…": the class's full name only.
    private static string? ClassName(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var comma = value.IndexOf(',');
        return (comma < 0 ? value : value.Substring(0, comma)).Trim();
    }

    private static TestOutcome TrxOutcome(string? outcome) => outcome switch
    {
        "Passed" => TestOutcome.Passed,
        "Failed" or "Error" or "Timeout" or "Aborted" => TestOutcome.Failed,
        "NotExecuted" => TestOutcome.Skipped,
        _ => TestOutcome.NotRun,
    };

    private static List<TestResult> ReadJUnit(string path, XElement root)
    {
        var results = new List<TestResult>();
        foreach (var testCase in root.DescendantsAndSelf().Where(e => e.Name.LocalName == "testcase"))
        {
            var name = (string?)testCase.Attribute("name") ?? throw new TestRunFormatException(path + Where(testCase) + ": a <testcase> without name");
            var className = (string?)testCase.Attribute("classname");
            var method = string.IsNullOrEmpty(className) ? name : className + "." + name;
            var properties = testCase.Elements().Where(e => e.Name.LocalName == "properties").Elements().Where(e => e.Name.LocalName == "property")
                .Select(p => ((string?)p.Attribute("value") ?? p.Value) + " " + (string?)p.Attribute("name"));
            var criteria = new[] { name, className }.Concat(properties).SelectMany(CriterionReference.FindIn).Distinct().ToList();
            results.Add(new TestResult(name, method, JUnitOutcome(testCase), criteria));
        }

        return results;
    }

    private static TestOutcome JUnitOutcome(XElement testCase)
    {
        var children = testCase.Elements().Select(e => e.Name.LocalName).ToList();
        if (children.Contains("failure") || children.Contains("error"))
        {
            return TestOutcome.Failed;
        }

        return children.Contains("skipped") ? TestOutcome.Skipped : TestOutcome.Passed;
    }

    private static string Where(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? "(" + info.LineNumber.ToString(CultureInfo.InvariantCulture) + "," + info.LinePosition.ToString(CultureInfo.InvariantCulture) + ")"
            : string.Empty;
}
