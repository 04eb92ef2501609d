using System.Collections.Generic;
using System.Text.RegularExpressions;
using Tamer.Spec.Fixes;

namespace Tamer.Spec.Formats.Backlog;

/// <summary>
/// The marker comments Backlog.md's own tools write around the parts they rewrite
/// (<c>&lt;!-- AC:BEGIN --&gt;</c> … <c>&lt;!-- AC:END --&gt;</c>, <c>&lt;!-- DOD:BEGIN --&gt;</c>,
/// <c>&lt;!-- SECTION:NOTES:BEGIN --&gt;</c>, …). Its tools find a task's criteria by those markers,
/// so a fix must never move text across one.
/// </summary>
internal static class BacklogMarkers
{
    private static readonly Regex Marker = new(@"<!--\s*[A-Za-z][A-Za-z_]*(?::[A-Za-z_]+)*:(?:BEGIN|END)\s*-->", RegexOptions.CultureInvariant);

    /// <summary>
    /// True when the edits leave every marker where it is: none touches a marker or writes one, and
    /// all of them lie between the same two markers (all inside the criteria's block, or all
    /// outside it), so no text crosses a marker.
    /// </summary>
    public static bool AreKeptBy(string text, IReadOnlyList<TextEdit> edits)
    {
        var markers = Marker.Matches(text);
        if (markers.Count == 0)
        {
            return true;
        }

        int? region = null;
        foreach (var edit in edits)
        {
            if (Marker.IsMatch(edit.NewText))
            {
                return false;
            }

            var before = 0;
            foreach (Match marker in markers)
            {
                var end = marker.Index + marker.Length;
                if (end <= edit.Span.Start)
                {
                    before++;
                }
                else if (marker.Index < edit.Span.End || (marker.Index < edit.Span.Start && edit.Span.Start < end))
                {
                    // The edit replaces or cuts into a marker.
                    return false;
                }
            }

            if (region is { } first && first != before)
            {
                return false;
            }

            region = before;
        }

        return true;
    }
}
