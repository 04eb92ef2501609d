using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;

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

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        // One pass of a streaming reader: a run of thousands of tests is read without building a tree.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                throw new TestRunFormatException(path + ": the file has no root element");
            }

            var run = reader.LocalName switch
            {
                "TestRun" when reader.NamespaceURI is TrxNamespace or "" => new TestRun(path, "trx", ReadTrx(path, reader)),
                "testsuites" or "testsuite" => new TestRun(path, "junit", ReadJUnit(path, reader)),
                _ => throw new TestRunFormatException(path + Where(reader) + ": the root element is <" + reader.LocalName + ">; a TRX file starts with <TestRun>, a JUnit XML file with <testsuites> or <testsuite>"),
            };
            while (reader.Read())
            {
                // The rest of the file is read too, so that a file broken after its tests is still refused.
            }

            return run;
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

    // TRX: <TestRun><Results><UnitTestResult testName testId outcome/>…</Results><TestDefinitions>
    // <UnitTest id><TestMethod className name/></UnitTest>…</TestDefinitions></TestRun>, in either
    // order; a result's test method is looked up by its testId once both are read.
    private static List<TestResult> ReadTrx(string path, XmlReader reader)
    {
        var ns = reader.NamespaceURI;
        var methods = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var found = new List<(string Name, string? TestId, TestOutcome Outcome)>();
        var rootDepth = reader.Depth;
        string? section = null;
        string? unitTest = null;
        while (reader.Read() && reader.Depth > rootDepth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ns)
            {
                continue;
            }

            if (reader.Depth == rootDepth + 1)
            {
                section = reader.LocalName;
            }
            else if (section == "Results" && reader.Depth == rootDepth + 2 && reader.LocalName == "UnitTestResult")
            {
                var name = reader.GetAttribute("testName") ?? throw new TestRunFormatException(path + Where(reader) + ": a <UnitTestResult> without testName");
                found.Add((name, reader.GetAttribute("testId"), TrxOutcome(reader.GetAttribute("outcome"))));
            }
            else if (section == "TestDefinitions" && reader.Depth == rootDepth + 2 && reader.LocalName == "UnitTest")
            {
                unitTest = reader.GetAttribute("id");
            }
            else if (section == "TestDefinitions" && reader.Depth == rootDepth + 3 && reader.LocalName == "TestMethod" && unitTest is not null
                && ClassName(reader.GetAttribute("className")) is { } className && reader.GetAttribute("name") is { } methodName)
            {
                methods[unitTest] = className + "." + methodName;
            }
        }

        return found.Select(r => new TestResult(r.Name, r.TestId is { } id && methods.TryGetValue(id, out var method) ? method : null, r.Outcome, CriterionReference.FindIn(r.Name).Distinct().ToList())).ToList();
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

    // JUnit XML: every <testcase name classname> at any depth, with its <properties><property
    // name value/> and a <failure>, <error> or <skipped> child for an outcome other than passed.
    private static List<TestResult> ReadJUnit(string path, XmlReader reader)
    {
        var results = new List<TestResult>();
        var rootDepth = reader.Depth;
        while (reader.Read() && reader.Depth > rootDepth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "testcase")
            {
                results.Add(ReadTestCase(path, reader));
            }
        }

        return results;
    }

    // Reads one <testcase> to its end; the reader is left on its last node.
    private static TestResult ReadTestCase(string path, XmlReader reader)
    {
        var name = reader.GetAttribute("name") ?? throw new TestRunFormatException(path + Where(reader) + ": a <testcase> without name");
        var className = reader.GetAttribute("classname");
        var texts = new List<string?> { name, className };
        var outcome = TestOutcome.Passed;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            var inProperties = false;
            string? openProperty = null;
            var propertyText = new System.Text.StringBuilder();
            while (reader.Read() && reader.Depth > depth)
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.EndElement when reader.LocalName == "properties":
                        inProperties = false;
                        continue;
                    case XmlNodeType.EndElement when reader.LocalName == "property" && openProperty is not null:
                        // A property written as <property name="n">text</property>: its text is the value.
                        texts.Add(propertyText + " " + openProperty);
                        openProperty = null;
                        continue;
                    case XmlNodeType.Text or XmlNodeType.CDATA when openProperty is not null:
                        propertyText.Append(reader.Value);
                        continue;
                    case not XmlNodeType.Element:
                        continue;
                }

                switch (reader.LocalName)
                {
                    case "properties" when reader.Depth == depth + 1:
                        inProperties = !reader.IsEmptyElement;
                        break;
                    case "property" when inProperties:
                        var property = reader.GetAttribute("name") ?? string.Empty;
                        if (reader.GetAttribute("value") is { } value)
                        {
                            texts.Add(value + " " + property);
                        }
                        else if (!reader.IsEmptyElement)
                        {
                            openProperty = property;
                            propertyText.Clear();
                        }

                        break;
                    case "failure" or "error" when reader.Depth == depth + 1:
                        outcome = TestOutcome.Failed;
                        break;
                    case "skipped" when reader.Depth == depth + 1 && outcome != TestOutcome.Failed:
                        outcome = TestOutcome.Skipped;
                        break;
                }
            }
        }

        var method = string.IsNullOrEmpty(className) ? name : className + "." + name;
        return new TestResult(name, method, outcome, texts.SelectMany(CriterionReference.FindIn).Distinct().ToList());
    }

    private static string Where(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo()
            ? "(" + info.LineNumber.ToString(CultureInfo.InvariantCulture) + "," + info.LinePosition.ToString(CultureInfo.InvariantCulture) + ")"
            : string.Empty;
}
