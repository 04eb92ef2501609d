using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests.Formats;

/// <summary>A Kiro design.md's file list is its spec's write scope, each path at its place in design.md.</summary>
public sealed class KiroDesignScopeTests
{
    private const string Requirements = ".kiro/specs/lockout/requirements.md";
    private const string Design = ".kiro/specs/lockout/design.md";

    private const string RequirementsText = """
        # Requirements Document

        ### Requirement 1: Lockout

        #### Acceptance Criteria

        1. WHEN a login fails for the 5th time within 60 seconds THEN the system SHALL respond with 429
        """;

    private const string DesignText = """
        # Design Document

        ## Log File Structure

        - Each line of `logs/app.log` is one JSON object

        ## Components

        ### 1. Login router

        **File**: `src/api/routers/login.py`

        Calls the limiter in src/limits/limiter.py (read only).

        ### Files to Modify

        - `src/limits/lockout.py` — new, moved from src/limits/old.py
        - src/templates/
        | `src/config.py` | the window |

        ```
        docs/lockout.md  (the new page)
        └── images/
        ```

        ## Testing Strategy

        - `tests/test_lockout.py` covers the window
        """;

    [Fact]
    public void The_file_label_and_the_items_rows_and_code_lines_of_a_files_section_are_the_write_scope()
    {
        var workspace = new WorkItemWorkspace([Parse(Requirements, RequirementsText), Parse(Design, DesignText)]);

        var document = workspace.FindById("lockout").ShouldHaveSingleItem();
        var entries = document.WorkItem!.Scope.Write!.Entries;
        entries.Select(e => e.Text).ShouldBe(["src/api/routers/login.py", "src/limits/lockout.py", "src/templates/", "src/config.py", "docs/lockout.md"]);
        foreach (var entry in entries)
        {
            var location = document.GetLocation(entry.Span);
            location.Path.ShouldBe(Design);
            (location.Start.Line, location.Start.Column).ShouldBe(FormatLint.PositionOf(DesignText, entry.Text));
        }
    }

    [Fact]
    public void A_folder_of_the_file_list_is_reported_in_design_md()
    {
        var result = FormatLint.Lint((Requirements, RequirementsText), (Design, DesignText));

        var folder = result.File(Design).Diagnostics.Single(d => d.Id == "TMR1010");
        (folder.Location!.Start.Line, folder.Location.Start.Column).ShouldBe(FormatLint.PositionOf(DesignText, "src/templates/"));
        folder.Message.ShouldEndWith("in a Kiro spec, the write scope is the files design.md's file list names (and a '## Scope' section's write list): name the files rather than a folder");
        result.File(Requirements).Diagnostics.ShouldNotContain(d => d.Id == "TMR1001");
    }

    [Fact]
    public void Near_miss_a_design_without_a_file_list_gives_no_scope()
    {
        var design = "# Design\n\n## Log File Structure\n\n- `logs/app.log`\n\n## Components\n\nThe router (`src/api/login.py`) calls the limiter.\n\n```typescript\n// src/api/login.ts\n```\n";
        var workspace = new WorkItemWorkspace([Parse(Requirements, RequirementsText), Parse(Design, design)]);

        workspace.FindById("lockout")[0].WorkItem!.Scope.Shape.ShouldBe(ScopeShape.Missing);
    }

    private static WorkItemDocument Parse(string path, string text) => WorkItemParser.Parse(path, System.Text.Encoding.UTF8.GetBytes(text));
}
