using System.Collections.Generic;
using Tamer.Spec.Configuration;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Host.WorkItems;

/// <summary>
/// The Work Item files as read at one moment: the configuration that applies, the folder paths are
/// shown relative to (the configuration's folder, else the repository's, else the Work Items folder),
/// the parsed files, and the change counter of the folder when they were read.
/// </summary>
internal sealed record WorkItemFiles(
    TamerConfiguration Configuration,
    string Root,
    string? RepositoryRoot,
    IReadOnlyList<WorkItemDocument> Documents,
    long Generation);
