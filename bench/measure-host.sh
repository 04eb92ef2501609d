#!/usr/bin/env bash
# Load run of the orchestrator host on loopback (about a minute per ledger): builds the host and the
# harness in Release, then, for each ledger in one run, lints a posted Work Item for SECONDS with
# CLIENTS concurrent clients and assigns, submits and completes ASSIGNMENTS generated Work Items.
# Prints throughput and p50/p99 per ledger.
#   bash bench/measure-host.sh [SECONDS] [CLIENTS] [ASSIGNMENTS] [LEDGERS]
# LEDGERS (default "file sqlite postgres postgres2"): the file ledger, SQLite, PostgreSQL with one
# host, PostgreSQL with two hosts sharing it. For PostgreSQL the script starts a throwaway server
# from Debian's postgresql package (initdb/pg_ctl; as the postgres user when run as root) on a
# Unix socket in a fresh folder, with its default durability settings, and removes it afterwards.
set -euo pipefail
seconds="${1:-20}"
clients="${2:-16}"
assignments="${3:-1000}"
ledgers="${4:-file sqlite postgres postgres2}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet build "$root/src/Tamer.Spec.Host" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/bench/Tamer.Spec.HostLoad" -c Release -v quiet -nologo >/dev/null

pg=""
pg_bin=""
as_server=()
stop_postgres() {
  if [ -n "$pg" ]; then
    "${as_server[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$pg"
  fi
}
trap stop_postgres EXIT

case " $ledgers " in
  *" postgres"*)
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -x "$pg_bin/initdb" ] || { echo "no PostgreSQL server: apt-get install postgresql" >&2; exit 2; }
    pg="$(mktemp -d /tmp/tamer-bench-pg-XXXXXX)"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres:postgres "$pg"
      as_server=(runuser -u postgres --)
    else
      as_server=(env)
    fi
    "${as_server[@]}" "$pg_bin/initdb" -D "$pg/data" -U tamer --auth=trust -E UTF8 --locale=C >/dev/null
    "${as_server[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -o "-k $pg -c listen_addresses=''" start >/dev/null
    ;;
esac

status=0
for ledger in $ledgers; do
  instances=1
  case "$ledger" in
    file) argument="file:" ;;
    sqlite) argument="sqlite:" ;;
    postgres|postgres2)
      [ "$ledger" = postgres2 ] && instances=2
      database="bench_${ledger}_$$"
      psql -h "$pg" -U tamer -d postgres -q -c "CREATE DATABASE $database" >/dev/null
      argument="postgres:Host=$pg;Username=tamer;Database=$database"
      ;;
    *) echo "unknown ledger '$ledger' (file, sqlite, postgres, postgres2)" >&2; exit 2 ;;
  esac
  echo "== $ledger"
  dotnet "$root/bench/Tamer.Spec.HostLoad/bin/Release/net10.0/Tamer.Spec.HostLoad.dll" \
    --host "$root/src/Tamer.Spec.Host/bin/Release/net10.0/Tamer.Spec.Host.dll" \
    --examples "$root/../shared/examples/work-items" \
    --seconds "$seconds" --clients "$clients" --assignments "$assignments" \
    --ledger "$argument" --instances "$instances" || status=1
done
exit "$status"
