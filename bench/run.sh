#!/usr/bin/env bash
# Builds what the benchmark runs (Release) and runs it. Usage:
#   bash bench/run.sh --quick          10k records, short durations (under 3 minutes on an idle 2-core machine)
#   bash bench/run.sh --full           100k with every phase, then 1M (needs ~10 GB of disk and the better part of an hour)
#   bash bench/run.sh --sizes 100k     any sizes; add --clean to delete the generated corpora and indexes afterwards
#   bash bench/run.sh scifact          the SciFact row alone (every run ends with it; --no-scifact leaves it out)
# The table is printed and written to bench/out/results-*.md. wrk is needed for the load figure: apt-get install -y wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v wrk >/dev/null || echo "note: wrk is not installed; the load figure will be skipped (apt-get install -y wrk)" >&2
dotnet build -c Release -v q --nologo src/Evidence.Service >/dev/null
dotnet build -c Release -v q --nologo index-build >/dev/null
dotnet build -c Release -v q --nologo bench/Evidence.Bench >/dev/null
cd bench
uptime
if [ "${1:-}" = scifact ]; then exec dotnet Evidence.Bench/bin/Release/net10.0/Evidence.Bench.dll "$@"; fi
exec dotnet Evidence.Bench/bin/Release/net10.0/Evidence.Bench.dll run "${@:---quick}"
