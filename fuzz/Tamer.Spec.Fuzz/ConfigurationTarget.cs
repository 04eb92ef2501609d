using System.IO;
using System.Linq;
using System.Text;
using Tamer.Spec.Configuration;
using Tamer.Spec.Text;

namespace Tamer.Spec.Fuzz;

/// <summary>
/// Target <c>config</c>: the input is a <c>.tamer.yml</c> file's bytes, decoded the way the hosts
/// read it. Reading it and choosing the rule versions it asks for may report TMR9001 and TMR9002,
/// but nothing may throw, and every problem in the file points inside it.
/// </summary>
internal sealed class ConfigurationTarget : IFuzzTarget
{
    public const string Path = ".tamer.yml";

    public string Name => "config";

    public void Run(byte[] input)
    {
        string text;
        using (var reader = new StreamReader(new MemoryStream(input), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            text = reader.ReadToEnd();
        }

        var parsed = ConfigurationParser.Parse(Path, text);
        var source = SourceText.From(text);
        DiagnosticChecks.LocatedIn(parsed.Diagnostics, Path, source);
        var selection = FuzzEngine.Engine.SelectRules(parsed.Configuration);
        DiagnosticChecks.LocatedIn(selection.Diagnostics.Where(d => d.Location is not null), Path, source);
    }
}
