using System.Net;
using Tamer.Spec.Baselines;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Host.Tests;

/// <summary>The host honours the baseline of its configuration's folder: a baselined refusal no longer refuses.</summary>
public sealed class BaselineTests
{
    [Fact]
    public async Task A_Work_Item_whose_errors_are_baselined_is_assigned_and_one_whose_errors_are_not_is_still_refused()
    {
        var folders = HostFolders.Examples();
        var documents = Directory.GetFiles(folders.WorkItems, "*.md").Order(StringComparer.Ordinal)
            .Select(f => WorkItemParser.ReadFile(f, Path.GetFileName(f))).ToList();
        var session = TamerSession.Open(folders.WorkItems, new TamerSessionOptions { RepositoryRoot = folders.WorkItems });
        var profile = session.Engine.Lint(new WorkItemWorkspace(documents)).Files.Single(f => f.Id == "WI-PROFILE-0005");
        profile.IsRefused.ShouldBeTrue();
        using (var writer = new StreamWriter(Path.Combine(folders.WorkItems, BaselineFile.DefaultName)))
        {
            BaselineFile.Write(profile.Diagnostics.Select(d => new BaselineEntry(Fingerprinter.Of(d, profile.Document), d.Message, null, null, null)), writer);
        }

        await using var host = await RunningHost.StartAsync(folders);
        var alice = host.As("alice");

        (await alice.AssignAsync("WI-PROFILE-0005")).Status.ShouldBe(HttpStatusCode.Created);
        var (status, problem) = await alice.AssignAsync("WI-UI-0007");
        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.Refusal().Order().ShouldBe(["TMR1002", "TMR1004", "TMR2002"]);
    }
}
