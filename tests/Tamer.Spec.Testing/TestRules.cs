using System;
using System.Collections.Generic;
using NuGet.Versioning;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Testing;

/// <summary>
/// A test-only axis carried in versions 1.0.0 and 2.0.0. Version 1 reports TST0001 on every Work
/// Item's id, version 2 reports TST0002 there, so a test can tell which version ran.
/// </summary>
public sealed class VersionedTestPack : RulePack
{
    public static readonly DiagnosticDescriptor SeenByVersion1 = new(
        "TST0001", "Seen by version 1", "version 1 saw '{0}'", DiagnosticSeverity.Warning, new Uri("https://example.invalid/TST0001"));

    public static readonly DiagnosticDescriptor SeenByVersion2 = new(
        "TST0002", "Seen by version 2", "version 2 saw '{0}'", DiagnosticSeverity.Warning, new Uri("https://example.invalid/TST0002"));

    public VersionedTestPack(string axis = "versioned")
    {
        Axis = axis;
        Versions = new Rule[]
        {
            new Reporting(new NuGetVersion(1, 0, 0), SeenByVersion1),
            new Reporting(new NuGetVersion(2, 0, 0), SeenByVersion2),
        };
    }

    public override string Axis { get; }

    public override string Description => "A test-only axis with two versions.";

    public override IReadOnlyList<Rule> Versions { get; }

    private sealed class Reporting : Rule
    {
        private readonly DiagnosticDescriptor _descriptor;

        public Reporting(NuGetVersion version, DiagnosticDescriptor descriptor)
            : base(version, new[] { descriptor })
        {
            _descriptor = descriptor;
        }

        public override void Analyze(RuleContext context)
        {
            if (context.WorkItem.Id is { } id)
            {
                context.Report(_descriptor, id.Span, id.Value);
            }
        }
    }
}

/// <summary>A test-only axis whose single rule always throws.</summary>
public sealed class ThrowingTestPack : RulePack
{
    public static readonly DiagnosticDescriptor Never = new(
        "TST0100", "Never reported", "never", DiagnosticSeverity.Error, new Uri("https://example.invalid/TST0100"));

    public override string Axis => "throwing";

    public override string Description => "A test-only axis whose rule throws.";

    public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new Throwing() };

    private sealed class Throwing : Rule
    {
        public Throwing()
            : base(new NuGetVersion(1, 0, 0), new[] { Never })
        {
        }

        public override void Analyze(RuleContext context) => throw new InvalidOperationException("the test rule failed on purpose");
    }
}
