using Tamer.Spec.Configuration;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Tests.Configuration;

/// <summary><c>formats:</c> in <c>.tamer.yml</c>: which profile reads the files a glob matches.</summary>
public sealed class FormatsConfigurationTests
{
    [Fact]
    public void Globs_name_profiles_and_the_first_matching_entry_wins()
    {
        var result = ConfigurationParser.Parse(".tamer.yml", """
            formats:
              "planning/tasks/**": backlog-md
              "planning/**": native
            """);

        result.Diagnostics.ShouldBeEmpty();
        result.Configuration.FindFormat("planning/tasks/task-7 - Title.md").ShouldBe(FormatProfiles.BacklogMd);
        result.Configuration.FindFormat("planning/notes.md").ShouldBe(FormatProfiles.Native);
        result.Configuration.FindFormat("work-items/WI-1.md").ShouldBeNull();
        result.Configuration.WithSeverity(new SeveritySetting("TMR1001", Diagnostics.DiagnosticSeverity.Error, null)).Formats.Count.ShouldBe(2);
    }

    [Fact]
    public void An_unknown_format_is_TMR9001_at_the_name_with_a_did_you_mean()
    {
        var result = ConfigurationParser.Parse(".tamer.yml", "formats:\n  \"backlog/**\": backlogmd\n");

        var problem = result.Diagnostics.ShouldHaveSingleItem();
        problem.Id.ShouldBe("TMR9001");
        (problem.Location!.Start.Line, problem.Location.Start.Column).ShouldBe((2, 17));
        problem.Message.ShouldContain("did you mean 'backlog-md'");
    }

    [Fact]
    public void Formats_that_is_not_a_mapping_is_TMR9001()
    {
        var result = ConfigurationParser.Parse(".tamer.yml", "formats: [backlog-md]\n");

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("'formats' should be a mapping of globs to format names");
    }

    [Fact]
    public void A_configured_profile_reads_a_file_its_path_alone_would_not_give_it()
    {
        var configuration = ConfigurationParser.Parse(".tamer.yml", "formats:\n  \"planning/**\": backlog-md\n").Configuration;
        const string path = "planning/task-3 - Title.md";

        var document = WorkItemParser.Parse(path, "---\nid: task-3\ntitle: Title\nstatus: To Do\n---\n", null, configuration.FindFormat(path));

        document.Profile.ShouldBe(FormatProfiles.BacklogMd);
        document.WorkItem!.Status.ShouldBe(Model.WorkItemStatus.Ready);
        WorkItemParser.Parse(path, "---\nid: task-3\n---\n").Profile.ShouldBe(FormatProfiles.Native);
    }
}
