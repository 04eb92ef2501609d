using System;
using System.Globalization;

namespace Tamer.Spec.Testing;

/// <summary>A diagnostic a fixture expects: ID, line and column.</summary>
public readonly record struct ExpectedDiagnostic(string Id, int Line, int Column) : IComparable<ExpectedDiagnostic>
{
    public int CompareTo(ExpectedDiagnostic other)
    {
        var byLine = Line.CompareTo(other.Line);
        if (byLine != 0)
        {
            return byLine;
        }

        var byColumn = Column.CompareTo(other.Column);
        return byColumn != 0 ? byColumn : string.CompareOrdinal(Id, other.Id);
    }

    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}@{1}:{2}", Id, Line, Column);
}
