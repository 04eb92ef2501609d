using System.Collections.Generic;
using Tamer.Spec.Configuration;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Host.WorkItems;

/// <summary>
/// The Work Item files as read at one moment: the configuration that applies, the folder paths are
/// shown relative to (the configuration's folder, else the repository's, else the Work Items folder),
/// the parsed files of the folder (the ones the host serves), the other Work Items the
/// configuration includes in the repository (context for the cross-item checks, as
/// <c>tamer-lint &lt;folder&gt;</c> reads them), the change counter when they were read, and the
/// baseline the session read (its accepted diagnostics are not reported).
/// </summary>
internal sealed record WorkItemFiles(
    TamerConfiguration Configuration,
    string Root,
    string? RepositoryRoot,
    IReadOnlyList<WorkItemDocument> Documents,
    IReadOnlyList<WorkItemDocument> Context,
    long Generation,
    Tamer.Spec.Baselines.Baseline? Baseline = null);
