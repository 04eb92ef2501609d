using System.IO;
using Tamer.Spec.Engine;

namespace Tamer.Spec.Reporting;

/// <summary>Writes a lint result in one format. Report shapes are public contracts.</summary>
public interface IReportWriter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>.</summary>
    void Write(LintResult result, ToolInfo tool, TextWriter output);
}
