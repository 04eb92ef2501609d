using System.Net;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Host.Tests;

/// <summary>The configuration's plug-in packs judge assignments in the host too.</summary>
public sealed class PluginTests
{
    [Fact]
    public async Task A_plugin_packs_error_refuses_the_assignment_and_a_missing_pack_does_not_stop_the_host()
    {
        using var folders = HostFolders.Examples();
        var pack = RepositoryPaths.InRepository("examples", "rule-pack", "bin", "Acme.Tamer.Rules.dll");
        File.WriteAllText(Path.Combine(folders.WorkItems, ".tamer.yml"), "plugins: [" + pack + ", tools/Missing.Rules.dll]\n");
        var workItem = Path.Combine(folders.WorkItems, "auth-login-rate-limit.md");
        File.WriteAllText(workItem, File.ReadAllText(workItem).Replace("write: [src/auth/login.ts, tests/auth/login.test.ts]", "write: [src/auth/login.ts, db/migrations/0042_attempts.sql]", StringComparison.Ordinal));
        await using var host = await RunningHost.StartAsync(folders);
        host.KeepFolders = true;

        var (status, problem) = await host.As("alice").AssignAsync("WI-AUTH-0042");
        var (_, other) = await host.As("alice").AssignAsync("WI-ADMIN-0012");

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.Refusal().ShouldBe(["ACME1001"]);
        other.Str("workItemId").ShouldBe("WI-ADMIN-0012");
    }
}
