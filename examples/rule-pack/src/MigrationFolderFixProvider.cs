using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;

namespace Acme.Tamer.Rules;

/// <summary>ACME1002, safe: a slash after the folder name, inside the quotes if there are any. It changes what the path means to nobody but a reader.</summary>
internal sealed class MigrationFolderFixProvider : FixProvider
{
    public override IReadOnlyList<string> FixableDiagnosticIds { get; } = new[] { AcmeDiagnostics.FolderWithoutSlash.Id };

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        var span = context.Diagnostic.Location!.Span;
        var path = context.Document.WorkItem?.Scope.WritablePaths.FirstOrDefault(p => p.Span == span);
        if (path is null)
        {
            return System.Array.Empty<CodeFix>();
        }

        return new[] { new CodeFix(AcmeDiagnostics.FolderWithoutSlash.Id, "write '" + path.Text + "/'", FixKind.Safe, new[] { TextEdit.Insert(path.Node.ContentSpan.End, "/") }) };
    }
}
