#!/usr/bin/env bash
# Garbage-collection pauses of a running service under steady SciFact load: ROUNDS rounds of bench/scifact-wrk.sh
# (one connection, PAGE_SIZE hits, 12 s each), and for each round wrk's p50 and requests/s beside dotnet-counters'
# gen-0 collections per second and pause time per collection. Usage:
#   bash bench/gc-rounds.sh URL PID [PAGE_SIZE] [ROUNDS]     e.g. bash bench/gc-rounds.sh http://127.0.0.1:5000 1234 100 4
# Start the service as bench/scifact-wrk.sh says. Needs wrk, python3 and dotnet-counters
# (dotnet tool install -g dotnet-counters; it lands in ~/.dotnet/tools).
set -euo pipefail
cd "$(dirname "$0")/.."
url=${1:?usage: bench/gc-rounds.sh URL PID [PAGE_SIZE] [ROUNDS]}
pid=${2:?usage: bench/gc-rounds.sh URL PID [PAGE_SIZE] [ROUNDS]}
page=${3:-100}
rounds=${4:-4}
export PATH=$PATH:$HOME/.dotnet/tools
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for round in $(seq "$rounds"); do
  bash bench/scifact-wrk.sh "$url" "$page" 14 > "$work/wrk.txt" &
  sleep 1
  (cd "$work" && dotnet-counters collect -p "$pid" --counters System.Runtime --refresh-interval 2 --format csv -o counters.csv --duration 00:00:00:12 > /dev/null)
  wait
  p50=$(awk '/ 50%/ {print $2}' "$work/wrk.txt")
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  python3 - "$work/counters.csv" "$round" "$p50" "$rps" <<'PY'
import csv, sys
gcs = pause = 0.0
for row in csv.reader(open(sys.argv[1])):
    if len(row) < 5: continue
    if row[2].startswith("dotnet.gc.collections") and "generation=gen0" in row[2]: gcs += float(row[4])
    if row[2].startswith("dotnet.gc.pause.time"): pause += float(row[4])
per = 1000 * pause / gcs if gcs else 0
print(f"round {sys.argv[2]}: p50 {sys.argv[3]}, {sys.argv[4]} requests/s, {gcs / 12:.1f} gen-0 collections/s, {per:.1f} ms paused per collection")
PY
done
