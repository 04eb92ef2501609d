namespace Tamer.Spec.Rules.Acceptance.Analysis;

/// <summary>What a token of a criterion is.</summary>
internal enum TokenKind
{
    /// <summary>A plain word.</summary>
    Word,

    /// <summary>A number (digits, or a number word such as "three").</summary>
    Number,

    /// <summary>A code span in backticks.</summary>
    Code,

    /// <summary>A quoted value ("Continue with Google").</summary>
    Quoted,

    /// <summary>A path, URL or file name (/login, docs/perf/, vite.config.ts).</summary>
    Path,

    /// <summary>An identifier with an underscore, a dot or inner capitals (auth.rate_limit, Login_Page).</summary>
    Identifier,

    /// <summary>A comparison or arrow (=, &lt;, ≥, →).</summary>
    Symbol,

    /// <summary>Punctuation that ends a phrase (, ; : . ! ? and brackets).</summary>
    Break,
}
