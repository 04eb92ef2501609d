using System;
using System.Collections.Generic;
using NuGet.Versioning;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Testing;

/// <summary>
/// A test-only axis that reports TST0200 on the title of every Work Item and offers a safe fix
/// chosen by the test: flip the title between two words (a fix that keeps coming back), append to
/// it (a fix that never settles), or throw (a broken provider).
/// </summary>
public sealed class FixingTestPack : RulePack
{
    public static readonly DiagnosticDescriptor Title = new(
        "TST0200", "Title to fix", "the title '{0}' gets a fix", DiagnosticSeverity.Warning, new Uri("https://example.invalid/TST0200"), FixKind.Safe);

    public FixingTestPack(Func<string, string?> rewrite)
    {
        FixProviders = new FixProvider[] { new Provider(rewrite) };
    }

    public override string Axis => "fixing";

    public override string Description => "A test-only axis with a fix.";

    public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new Reporting() };

    public override IReadOnlyList<FixProvider> FixProviders { get; }

    private sealed class Reporting : Rule
    {
        public Reporting()
            : base(new NuGetVersion(1, 0, 0), new[] { Title })
        {
        }

        public override void Analyze(RuleContext context)
        {
            if (context.WorkItem.Title is { } title)
            {
                context.Report(Title, title.Span, title.Value);
            }
        }
    }

    private sealed class Provider : FixProvider
    {
        private readonly Func<string, string?> _rewrite;

        public Provider(Func<string, string?> rewrite)
        {
            _rewrite = rewrite;
        }

        public override IReadOnlyList<string> FixableDiagnosticIds { get; } = new[] { Title.Id };

        public override IEnumerable<CodeFix> GetFixes(FixContext context)
        {
            var title = context.WorkItem.Title!;
            if (_rewrite(title.Value) is { } replacement)
            {
                yield return context.Fix("rewrite the title", FixKind.Safe, TextEdit.Replace(title.Span, replacement));
            }
        }
    }
}
