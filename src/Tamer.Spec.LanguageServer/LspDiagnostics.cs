using System.Linq;
using System.Text.Json.Nodes;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// The engine's diagnostics as the protocol's: the ID as the code, the message unchanged, the
/// range the JSON report gives (moved to count from 0), and the docs page as the code's link.
/// </summary>
internal static class LspDiagnostics
{
    public const string Source = "tamer-lint";

    public static JsonArray Of(LintOutcome outcome) =>
        outcome.Lint is null
            ? []
            : new JsonArray(outcome.Lint.Diagnostics.Where(d => d.Location is not null).Select(d => (JsonNode)Of(d)).ToArray());

    public static JsonObject Of(Diagnostic diagnostic) => new()
    {
        ["range"] = LspText.Range(diagnostic.Location!.Start, diagnostic.Location.End),
        ["severity"] = Severity(diagnostic.Severity),
        ["code"] = diagnostic.Id,
        ["codeDescription"] = new JsonObject { ["href"] = diagnostic.Descriptor.HelpUri.AbsoluteUri },
        ["source"] = Source,
        ["message"] = diagnostic.Message,
    };

    // Error 1, Warning 2, Information 3; a diagnostic shown without a severity is a hint (4).
    private static int Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 1,
        DiagnosticSeverity.Warning => 2,
        DiagnosticSeverity.Info => 3,
        _ => 4,
    };
}
