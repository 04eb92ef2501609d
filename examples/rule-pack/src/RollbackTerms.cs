using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Acme.Tamer.Rules;

/// <summary>The words that name a rollback (lexicons/rollback-terms.txt), matched as whole words or phrases.</summary>
internal static class RollbackTerms
{
    private static readonly Lazy<Regex> Pattern = new(Build);

    public static bool Mentions(string text) => Pattern.Value.IsMatch(text);

    private static Regex Build()
    {
        var terms = Read().Select(t => string.Join(@"\s+", t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)));
        return new Regex(@"\b(?:" + string.Join("|", terms) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static IEnumerable<string> Read()
    {
        using var stream = typeof(RollbackTerms).Assembly.GetManifestResourceStream("Acme.Tamer.Rules.Lexicons.rollback-terms.txt")
            ?? throw new InvalidOperationException("the rollback lexicon is not embedded");
        using var reader = new StreamReader(stream);
        var terms = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith("#", StringComparison.Ordinal))
            {
                terms.Add(line);
            }
        }

        return terms;
    }
}
