using System;
using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Model;

/// <summary>
/// A list of a Work Item (criteria, non-goals, dependencies, …): whether and where it is
/// declared, and its items. A list declared both in the frontmatter and in the body uses the
/// frontmatter's items and remembers the body's heading as <see cref="OtherDeclarationSpan"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class DeclaredList<T>
{
    /// <summary>A list that is not declared.</summary>
    public static DeclaredList<T> Absent { get; } = new(ListOrigin.None, default, Array.Empty<T>(), null);

    /// <summary>Creates a declared list.</summary>
    public DeclaredList(ListOrigin origin, TextSpan declarationSpan, IReadOnlyList<T> items, TextSpan? otherDeclarationSpan)
    {
        Origin = origin;
        DeclarationSpan = declarationSpan;
        Items = items ?? throw new ArgumentNullException(nameof(items));
        OtherDeclarationSpan = otherDeclarationSpan;
    }

    /// <summary>Where the list is declared (the one whose items are used).</summary>
    public ListOrigin Origin { get; }

    /// <summary>True when the list is declared somewhere (even empty).</summary>
    public bool IsDeclared => Origin != ListOrigin.None;

    /// <summary>The key (frontmatter) or heading (body) that declares the list.</summary>
    public TextSpan DeclarationSpan { get; }

    /// <summary>The items.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>The body heading of a list also declared in the frontmatter, or null.</summary>
    public TextSpan? OtherDeclarationSpan { get; }

    /// <summary>Number of items.</summary>
    public int Count => Items.Count;
}
