using System.Net;

namespace Tamer.Spec.Host.Tests;

/// <summary><c>GET /metrics</c>: the Prometheus text format, its counters those of the ledger, a token needed unless configured otherwise.</summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_parse_as_the_prometheus_text_format_and_the_counters_match_the_ledger()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var alice = host.As("alice");
        var bob = host.As("bob");
        var carol = host.As("carol");
        var aliceAssignment = (await alice.AssignAsync("WI-AUTH-0042")).Body.Str("id");
        var bobAssignment = (await bob.AssignAsync("WI-ADMIN-0012")).Body.Str("id");
        (await alice.SubmitAsync(aliceAssignment, "src/auth/login.ts", "src/billing/invoice.ts")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await bob.SubmitAsync(bobAssignment, "src/admin/routes.ts", "src/other.ts")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var request = (await bob.RequestScopeAsync(bobAssignment, "the helper lives there", "src/other.ts")).Body.Str("id");
        (await carol.DecideAsync(request, "approve", "fine")).Status.ShouldBe(HttpStatusCode.OK);
        (await bob.SubmitAsync(bobAssignment, "src/admin/routes.ts", "src/other.ts")).Status.ShouldBe(HttpStatusCode.OK);
        (await bob.CompleteAsync(bobAssignment)).Status.ShouldBe(HttpStatusCode.OK);

        var response = await alice.GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/plain; version=0.0.4; charset=utf-8");
        var (types, samples) = PrometheusTextParser.Parse(text);
        types["tamer_ledger_events_total"].ShouldBe("counter");
        types["tamer_work_items_refused_by_axis"].ShouldBe("gauge");

        var recorded = host.LedgerEvents();
        var expected = recorded.GroupBy(e => (e.Str("type"), e.Str("worker"))).ToDictionary(g => g.Key, g => (double)g.Count());
        var counters = samples.Where(s => s.Name == "tamer_ledger_events_total").ToDictionary(s => (s.Label("type"), s.Label("worker")), s => s.Value);
        counters.ShouldBe(expected, ignoreOrder: true);
        counters[("drift-refused", "alice")].ShouldBe(1);
        counters[("drift-refused", "bob")].ShouldBe(1);
        counters[("scope-decided", "carol")].ShouldBe(1);
        samples.Single(s => s.Name == "tamer_ledger_last_sequence").Value.ShouldBe(recorded.Count);

        // The Work Items' figures are those of the list endpoint.
        var (_, list) = await alice.GetJsonAsync("/v1/work-items");
        var items = list.EnumerateArray().ToList();
        samples.Single(s => s.Name == "tamer_work_items_refused").Value.ShouldBe(items.Count(i => i.GetProperty("refused").GetBoolean()));
        samples.Where(s => s.Name == "tamer_work_items").ToDictionary(s => s.Label("status"), s => s.Value)
            .ShouldBe(items.GroupBy(i => i.Str("status")).ToDictionary(g => g.Key, g => (double)g.Count()), ignoreOrder: true);
        samples.Where(s => s.Name == "tamer_work_items_refused_by_axis").Select(s => s.Label("axis")).ShouldContain("acceptance");
    }

    [Fact]
    public async Task Metrics_need_a_token_unless_the_host_is_configured_to_serve_them_without_one()
    {
        await using (var host = await RunningHost.StartAsync(HostFolders.Examples()))
        {
            var response = await host.Anonymous().GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        await using (var host = await RunningHost.StartAsync(HostFolders.Examples(), "--Tamer:Metrics:Anonymous=true"))
        {
            var response = await host.Anonymous().GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            PrometheusTextParser.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Samples.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public async Task A_metrics_setting_that_is_not_true_or_false_stops_the_start()
    {
        using var folders = HostFolders.Examples();
        var exception = await Should.ThrowAsync<HostStartException>(() => RunningHost.StartAsync(folders, "--Tamer:Metrics:Anonymous=sometimes"));
        exception.Message.ShouldBe("Tamer:Metrics:Anonymous is true or false, not 'sometimes'");
    }

    [Theory]
    [InlineData("# TYPE a counter\na 1", "no line end")]
    [InlineData("a{b=\"c} 1\n", "closing quote")]
    [InlineData("a{b=\"\\t\"} 1\n", "is not an escape")]
    [InlineData("1a 1\n", "metric name is missing")]
    [InlineData("a one\n", "is not a value")]
    [InlineData("a 1\n# TYPE a counter\n", "after its samples")]
    [InlineData("# TYPE a counter\n# TYPE a gauge\n", "twice")]
    [InlineData("# TYPE a sometimes\n", "TYPE needs one of")]
    [InlineData("a{x=\"1\"} 1\nb 1\na{x=\"2\"} 1\n", "not together")]
    [InlineData("a{x=\"1\"} 1\na{x=\"1\"} 2\n", "same series")]
    public void The_grammar_check_rejects_what_the_format_does_not_allow(string text, string reason)
    {
        Should.Throw<FormatException>(() => PrometheusTextParser.Parse(text)).Message.ShouldContain(reason);
    }
}
