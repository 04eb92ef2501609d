using System.Collections.Generic;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.LanguageServer;

/// <summary>A lint of one text: the document parsed from it, its diagnostics as the JSON report lists them, and the engine that found them.</summary>
/// <param name="Document">The parsed text (its <see cref="WorkItemDocument.Text"/> maps offsets to lines).</param>
/// <param name="Diagnostics">The diagnostics, in the report's order.</param>
/// <param name="Engine">The engine of the lint (for the diagnostics' docs pages).</param>
/// <param name="RunDiagnostics">The run's own diagnostics, which the command line prints on standard error (a rule pack that did not load, in <c>.tamer.yml</c>, say); their paths are relative to the workspace's root.</param>
public sealed record WorkspaceLint(WorkItemDocument Document, IReadOnlyList<Diagnostic> Diagnostics, LintEngine Engine, IReadOnlyList<Diagnostic> RunDiagnostics);
