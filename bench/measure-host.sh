#!/usr/bin/env bash
# Load run of the orchestrator host on loopback (at most about a minute): builds the host and the
# harness in Release, then lints a posted Work Item for SECONDS with CLIENTS concurrent clients and
# assigns, submits and completes ASSIGNMENTS generated Work Items. Prints throughput and p50/p99.
#   bash bench/measure-host.sh [SECONDS] [CLIENTS] [ASSIGNMENTS]
set -euo pipefail
seconds="${1:-20}"
clients="${2:-16}"
assignments="${3:-1000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet build "$root/src/Tamer.Spec.Host" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/bench/Tamer.Spec.HostLoad" -c Release -v quiet -nologo >/dev/null
dotnet "$root/bench/Tamer.Spec.HostLoad/bin/Release/net10.0/Tamer.Spec.HostLoad.dll" \
  --host "$root/src/Tamer.Spec.Host/bin/Release/net10.0/Tamer.Spec.Host.dll" \
  --examples "$root/../shared/examples/work-items" \
  --seconds "$seconds" --clients "$clients" --assignments "$assignments"
