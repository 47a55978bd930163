#!/usr/bin/env bash
# Replays the first 300 SciFact training claims (those with evidence, as bench scifact asks them) against a running
# service with wrk, one connection, and prints wrk's latency distribution. Usage:
#   bash bench/scifact-wrk.sh URL [PAGE_SIZE] [SECONDS]     e.g. bash bench/scifact-wrk.sh http://127.0.0.1:5000 10 15
#   bash bench/scifact-wrk.sh --print-claims > claims.txt   the same claims, one a line (for bench profile-hits)
# Start the service on the SciFact corpus and index that `bash bench/run.sh scifact` builds (bench/data/scifact), with
# Evidence__SearchCacheEntries=0 and Evidence__Embeddings__Enabled=false, as the bench does. Needs wrk and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
url=${1:?usage: bench/scifact-wrk.sh URL [PAGE_SIZE] [SECONDS]}
page=${2:-10}
seconds=${3:-15}
claims=${EVIDENCE_SCIFACT_DIR:-../shared/data/scifact}/claims_train.jsonl
script=$(mktemp --suffix .lua)
python3 - "$claims" "$page" "$url" > "$script" <<'PY'
import json, sys, urllib.parse
seen, claims = set(), []
for line in open(sys.argv[1]):
    claim = json.loads(line)
    if claim.get("evidence") and claim["claim"] not in seen:
        seen.add(claim["claim"])
        claims.append(claim["claim"])
if sys.argv[3] == "--print-claims":
    print("\n".join(claims[:300]))
    sys.exit()
print("paths = {")
for claim in claims[:300]:
    print('  "/api/evidence?q=%s&pageSize=%s",' % (urllib.parse.quote(claim), sys.argv[2]))
print("}\ni = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend")
PY
if [ "$url" = --print-claims ]; then cat "$script"; rm -f "$script"; exit; fi
wrk -t1 -c1 -d"${seconds}s" -s "$script" --latency "$url"
rm -f "$script"
