#!/usr/bin/env bash
# Saves one source after another and prints how long each took to show in search, with the time of day:
#   bash bench/edit-probe.sh CORPUS INDEX [SAVES] [in-place|rename]
# in-place writes the file over itself (as the bench's edit phase does); rename saves as sed -i does (a temporary file
# without an extension renamed over the source). Each save puts a unique word in a title, is searched for every 2 ms
# until found (curl and a Python JSON parse each time, both in the figure), then the file is restored and the probe
# waits 0.1 s. Starts the Release service (dotnet build -c Release src/Evidence.Service first) on port 5077.
set -euo pipefail
corpus=$(realpath "$1"); index=$(realpath "$2"); saves=${3:-30}; mode=${4:-in-place}
cd "$(dirname "$0")/.."
export ASPNETCORE_URLS=http://127.0.0.1:5077 ASPNETCORE_ENVIRONMENT=Production Evidence__CorpusPath="$corpus" Evidence__IndexPath="$index" \
  Logging__LogLevel__Default=Warning Evidence__RateLimit__PermitsPerSecond=0 Evidence__SearchCacheEntries=0 Evidence__Embeddings__Enabled=false
# The worker's own log (its passes and re-scans, at Debug) goes to $log, for matching slow saves with what it was doing.
log=${TMPDIR:-/tmp}/edit-probe-service.log
env "Logging__LogLevel__Evidence.Service.Indexing=Debug" Logging__Console__TimestampFormat="HH:mm:ss.fff " \
  dotnet src/Evidence.Service/bin/Release/net10.0/Evidence.Service.dll > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until curl -sf http://127.0.0.1:5077/readyz > /dev/null; do sleep 0.5; done
mapfile -t files < <(find "$corpus/sources" -name '*.yaml' | sort | head -2000)
original=$(mktemp)
for k in $(seq 0 $((saves - 1))); do
  f=${files[$((k * 37 % ${#files[@]}))]}
  cp "$f" "$original"
  word="probeedit${k}z"
  if [ "$mode" = rename ]; then sed -i "0,/title: \"/s//title: \"$word /" "$f"
  else python3 -c 'import sys; p, w = sys.argv[1:]; s = open(p).read(); open(p, "w").write(s.replace("title: \"", "title: \"" + w + " ", 1))' "$f" "$word"; fi
  started=$(date +%s%N)
  until [ "$(curl -s "http://127.0.0.1:5077/api/evidence?q=$word&pageSize=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')" != 0 ]; do sleep 0.002; done
  echo "save $k: $(( ($(date +%s%N) - started) / 1000000 )) ms at $(date +%T)"
  cat "$original" > "$f"
  sleep 0.1
done
