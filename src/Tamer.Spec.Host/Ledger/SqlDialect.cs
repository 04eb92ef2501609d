using System;
using System.Collections.Generic;
using System.Data.Common;

namespace Tamer.Spec.Host.Ledger;

/// <summary>What differs between the databases the ledger runs on: connections, the insert, conflicts, the schema lock.</summary>
internal abstract class SqlDialect : IDisposable
{
    /// <summary>What and where the database is, without a password.</summary>
    public abstract string Description { get; }

    /// <summary>True when several hosts may use the database at once.</summary>
    public abstract bool IsShared { get; }

    /// <summary>The insert of one event, with the parameters <c>@seq @type @at @worker @assignment @workItem @subject @data</c>.</summary>
    public abstract string InsertEvent { get; }

    /// <summary>An open connection, with the settings every connection needs.</summary>
    public abstract DbConnection Open();

    /// <summary>Called once before the schema is checked, outside any transaction.</summary>
    public virtual void PrepareDatabase(DbConnection connection)
    {
    }

    /// <summary>A transaction that writes: it takes the database's write lock at once where there is one.</summary>
    public virtual DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction();

    /// <summary>Inside the schema transaction: keeps two hosts that start at once from creating the tables twice.</summary>
    public virtual void LockSchema(DbConnection connection, DbTransaction transaction)
    {
    }

    /// <summary>The statements of one schema version for this database.</summary>
    public abstract IReadOnlyList<string> Statements(SchemaVersion version);

    /// <summary>The value of the <c>at</c> column.</summary>
    public abstract object TimeValue(DateTimeOffset at);

    /// <summary>True when the database refused a row for a unique key (a number or a decision another host took first).</summary>
    public abstract bool IsConflict(DbException exception);

    /// <summary>After a failure: forget pooled connections, so the next request opens a fresh one.</summary>
    public virtual void ForgetConnections()
    {
    }

    public virtual void Dispose()
    {
    }
}
