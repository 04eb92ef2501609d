using System.Collections.Generic;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// The ledger's tables, version by version. <c>ledger_schema</c> holds one row per version applied;
/// at start a host applies, in one transaction, every version the database lacks, and refuses a
/// database with a version newer than it knows. A version is never edited once shipped: a change
/// is a new version. Each version is written for both databases, side by side.
/// </summary>
internal static class LedgerSchema
{
    /// <summary>The version table, created before anything else.</summary>
    public const string VersionTable = "CREATE TABLE IF NOT EXISTS ledger_schema (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)";

    /// <summary>
    /// Every version, oldest first: its number and its statements for SQLite and for PostgreSQL.
    /// Version 1: one row per event (<c>seq</c> numbers them from 1 without gaps, and its primary
    /// key is what makes two hosts unable to write the same number), the columns a person queries
    /// by, and <c>data</c>, the whole event as JSON (the line the file ledger writes). Unique
    /// indexes make a second assignment of a Work Item, or a second assignment with the same id,
    /// impossible whatever a host believes. The <c>assignments</c> view shows each assignment's state.
    /// Version 2: <c>subject_id</c>, what an event is about beside its assignment (a scope request's
    /// id; for later kinds of events, a review's id or a worker's name), with unique indexes that
    /// allow one request event and one decision per request, and the <c>scope_requests</c> view.
    /// Version 3: the <c>assignments</c> view reads reviews (an approval makes an assignment done, a
    /// rejection puts it back in progress).
    /// </summary>
    public static IReadOnlyList<SchemaVersion> Versions { get; } =
    [
        new(1, Version1("INTEGER NOT NULL PRIMARY KEY", "TEXT", "TEXT"), Version1("BIGINT NOT NULL PRIMARY KEY", "TIMESTAMPTZ", "JSONB")),
        new(2, Version2("json_extract(d.data, '$.decision')"), Version2("d.data->>'decision'")),
        new(3, Version3("json_extract(e.data, '$.decision')"), Version3("e.data->>'decision'")),
    ];

    /// <summary>The newest version this host knows.</summary>
    public static int Latest => Versions[^1].Version;

    private static string[] Version2(string decision) =>
    [
        "ALTER TABLE ledger_events ADD COLUMN subject_id TEXT",
        "CREATE UNIQUE INDEX ledger_events_one_scope_request ON ledger_events (subject_id) WHERE type = 'scope-requested'",
        "CREATE UNIQUE INDEX ledger_events_one_scope_decision ON ledger_events (subject_id) WHERE type = 'scope-decided'",
        "CREATE VIEW scope_requests AS "
            + "SELECT r.subject_id AS request_id, r.assignment_id, r.work_item_id, r.worker AS requested_by, r.at AS requested_at, "
            + "COALESCE(" + decision + ", 'pending') AS state, d.worker AS decided_by, d.at AS decided_at "
            + "FROM ledger_events r LEFT JOIN ledger_events d ON d.type = 'scope-decided' AND d.subject_id = r.subject_id "
            + "WHERE r.type = 'scope-requested'",
    ];

    private static string[] Version3(string decision) =>
    [
        "DROP VIEW assignments",
        "CREATE VIEW assignments AS "
            + "SELECT a.seq AS assigned_seq, a.assignment_id, a.work_item_id, a.worker, a.at AS assigned_at, "
            + "CASE (SELECT CASE WHEN e.type = 'reviewed' AND " + decision + " = 'approved' THEN 'completed' WHEN e.type = 'reviewed' THEN 'assigned' ELSE e.type END "
            + "FROM ledger_events e WHERE e.assignment_id = a.assignment_id AND e.type IN ('assigned', 'submitted', 'completed', 'reviewed') ORDER BY e.seq DESC LIMIT 1) "
            + "WHEN 'submitted' THEN 'review' WHEN 'completed' THEN 'done' ELSE 'in_progress' END AS status "
            + "FROM ledger_events a WHERE a.type = 'assigned'",
    ];

    private static string[] Version1(string sequence, string time, string json) =>
    [
        "CREATE TABLE ledger_events ("
            + "seq " + sequence + " CHECK (seq > 0), "
            + "type TEXT NOT NULL, "
            + "at " + time + " NOT NULL, "
            + "worker TEXT NOT NULL, "
            + "assignment_id TEXT, "
            + "work_item_id TEXT, "
            + "data " + json + " NOT NULL)",
        "CREATE UNIQUE INDEX ledger_events_one_assignment_per_work_item ON ledger_events (work_item_id) WHERE type = 'assigned'",
        "CREATE UNIQUE INDEX ledger_events_assignment_ids ON ledger_events (assignment_id) WHERE type = 'assigned'",
        "CREATE INDEX ledger_events_by_assignment ON ledger_events (assignment_id, seq)",
        "CREATE VIEW assignments AS "
            + "SELECT a.seq AS assigned_seq, a.assignment_id, a.work_item_id, a.worker, a.at AS assigned_at, "
            + "CASE (SELECT e.type FROM ledger_events e WHERE e.assignment_id = a.assignment_id AND e.type IN ('assigned', 'submitted', 'completed') ORDER BY e.seq DESC LIMIT 1) "
            + "WHEN 'submitted' THEN 'review' WHEN 'completed' THEN 'done' ELSE 'in_progress' END AS status "
            + "FROM ledger_events a WHERE a.type = 'assigned'",
    ];
}

/// <summary>One schema version: its number and its statements for each database.</summary>
internal sealed record SchemaVersion(int Version, IReadOnlyList<string> Sqlite, IReadOnlyList<string> Postgres);
