using System.Collections.Generic;
using Tamer.Spec.Engine;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// What a lint has read before it lints: the session, the documents (reported and context), the
/// full path of each by the path it is shown with, and the options.
/// </summary>
internal sealed record LintRun(
    TamerSession Session,
    ToolInfo Tool,
    string? RepositoryRoot,
    IReadOnlyList<string> LintedPaths,
    IReadOnlyList<WorkItemDocument> Linted,
    IReadOnlyList<WorkItemDocument> Context,
    IReadOnlyDictionary<string, string> FullPaths,
    LintOptions Options,
    IReadOnlyList<BacklogConfiguration> Backlogs,
    Caching.LintCache? Cache = null);
