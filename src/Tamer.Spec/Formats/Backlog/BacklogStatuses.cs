using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Parsing;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Formats.Backlog;

/// <summary>
/// Gives each Backlog.md task the status its repository's <c>backlog/config.yml</c> gives its
/// status's name (see <see cref="BacklogConfiguration"/>); a task whose status the file does not
/// list, or with no such file among the workspace's inputs, keeps the status its name says.
/// </summary>
internal static class BacklogStatuses
{
    public static IReadOnlyList<WorkItemDocument> Map(IReadOnlyList<WorkItemDocument> documents, IReadOnlyList<BacklogConfiguration> configurations)
    {
        if (configurations.Count == 0 || !configurations.Any(c => c.Statuses.Count > 0))
        {
            return documents;
        }

        List<WorkItemDocument>? mapped = null;
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            if (document.Profile != FormatProfiles.BacklogMd
                || document.WorkItem is not { Frontmatter: { } frontmatter } workItem
                || frontmatter.Find("status")?.Value is not YamlScalar { IsNull: false } status
                || configurations.FirstOrDefault(c => c.Statuses.Count > 0 && c.Configures(document.Path)) is not { } configuration
                || configuration.Map(status.Value) is not { } state
                || state == workItem.Status)
            {
                continue;
            }

            mapped ??= documents.ToList();
            mapped[i] = document.Join(workItem.With(workItem.Scope, state), document.Joined);
        }

        return mapped ?? documents;
    }
}
