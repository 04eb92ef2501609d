using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules.Scope;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>The drift API: a change checked against the scope of the Work Item it implements.</summary>
public sealed class DriftTests
{
    private static WorkItemDocument Example(string name)
    {
        var path = Path.Combine(RepositoryPaths.Shared, "examples", "work-items", name);
        return WorkItemParser.Parse(name, File.ReadAllBytes(path));
    }

    [Fact]
    public void Each_changed_path_outside_write_is_reported_by_what_it_is()
    {
        var drift = ScopeDrift.Check(Example("auth-login-rate-limit.md"), ["src/auth/login.ts", "src/billing/invoice.ts", "src/auth/session.ts", "README.md"]);

        drift.Select(d => (d.Id, Path: d.Message.Split('\'')[1])).ShouldBe(new[]
        {
            ("TMR1102", "src/billing/invoice.ts"),
            ("TMR1103", "src/auth/session.ts"),
            ("TMR1101", "README.md"),
        });
        drift.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Error);
        drift[0].Location!.Start.Line.ShouldBe(8);
    }

    [Fact]
    public void Paths_are_normalised_and_repeats_reported_once()
    {
        var drift = ScopeDrift.Check(Example("auth-login-rate-limit.md"), ["./src/auth/login.ts", "docs\\guide.md", "docs/guide.md"]);

        drift.Select(d => d.Id).ShouldBe(new[] { "TMR1101" });
    }

    [Fact]
    public void A_legacy_scope_counts_its_paths_as_write()
    {
        ScopeDrift.Check(Example("legacy-scope.md"), ["src/settings/page.ts"]).ShouldBeEmpty();
        ScopeDrift.Check(Example("legacy-scope.md"), ["docs/settings.md"]).Single().Id.ShouldBe("TMR1101");
    }

    [Fact]
    public void Configuration_severities_and_justified_suppressions_apply()
    {
        var document = WorkItemParser.Parse("wi.md", "---\nid: WI-DRIFT-0001\ntitle: t\nscope:\n  write: [src/a.ts]\n  read_only: [src/]\n  forbidden: [secrets/]\n  extend_scope: false\nsuppress:\n  TMR1103: the generated client in src/ is rewritten by this change on purpose\n---\n");
        var relaxed = TamerConfiguration.Default.WithSeverity(new SeveritySetting("TMR1101", DiagnosticSeverity.Warning, null));

        var drift = ScopeDrift.Check(document, ["src/client.ts", "README.md", "secrets/key.pem"], relaxed);

        drift.Select(d => (d.Id, d.Severity)).ShouldBe(new[] { ("TMR1101", DiagnosticSeverity.Warning), ("TMR1102", DiagnosticSeverity.Error) });
    }

    [Fact]
    public void Parent_segments_are_resolved_before_matching()
    {
        var drift = ScopeDrift.Check(Example("auth-login-rate-limit.md"), ["src/auth/login.ts/../../billing/x.ts", "src/auth/./login.ts", "../outside.ts"]);

        drift.Select(d => (d.Id, Path: d.Message.Split('\'')[1])).ShouldBe(new[]
        {
            ("TMR1102", "src/billing/x.ts"),
            ("TMR1101", "../outside.ts"),
        });
    }

    [Fact]
    public void A_write_path_that_names_a_file_grants_nothing_below_it()
    {
        var drift = ScopeDrift.Check(Example("auth-login-rate-limit.md"), ["src/auth/login.ts/extra.ts"]);

        drift.Select(d => d.Id).ShouldBe(new[] { "TMR1103" });
    }
}
