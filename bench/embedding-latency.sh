#!/bin/bash
# Issue 18's start-up and edit figures for the hybrid ranking, on a copy of the seed corpus:
# when the first search is answered (lexically, while the model loads), when the backlog is embedded,
# and how long after a save the edited source's vector is on disk.
# Usage: bash bench/embedding-latency.sh   (builds the service in Release first; needs curl and python3)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
PORT=5917
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
cp -r "$ROOT/corpus" "$WORK/corpus"
dotnet build -c Release "$ROOT/src/Evidence.Service" -v q --nologo > /dev/null
cd "$ROOT/src/Evidence.Service/bin/Release/net10.0"
t0=$(date +%s.%N)
dotnet Evidence.Service.dll --urls "http://127.0.0.1:$PORT" --Evidence:CorpusPath="$WORK/corpus" --Evidence:IndexPath="$WORK/index" > "$WORK/service.log" 2>&1 &
PID=$!
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f} s')" "$1" "$(date +%s.%N)"; }
embeddings() { curl -s "http://127.0.0.1:$PORT/api/status" | python3 -c 'import json,sys; e=json.load(sys.stdin).get("embeddings") or {}; print(e.get("pending", -1), e.get("done", 0))'; }
until curl -sf "http://127.0.0.1:$PORT/api/evidence?q=acne" > /dev/null; do sleep 0.05; done
echo "first search answered after $(since "$t0")"
until [ "$(embeddings)" != "-1 0" ] && [ "$(embeddings | cut -d' ' -f1)" = 0 ] && [ "$(embeddings | cut -d' ' -f2)" != 0 ]; do sleep 0.1; done
echo "backlog embedded after $(since "$t0"): pending/done $(embeddings)"
FILE=$(ls "$WORK"/corpus/sources/*.yaml | head -1)
VECTORS="$WORK/index/embeddings/vectors.bin"
before=$(stat -c %s "$VECTORS")
t1=$(date +%s.%N)
echo "# edited for the latency check" >> "$FILE"
until [ "$(stat -c %s "$VECTORS")" -gt "$before" ]; do sleep 0.02; done
echo "edit to vector on disk: $(since "$t1")"
