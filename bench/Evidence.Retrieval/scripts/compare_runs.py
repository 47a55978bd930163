"""Checks the bench's figures from its TREC run files, independently of its C# metric code, and asks how much
of the gain of one run over another is chance or tuning.

    python3 compare_runs.py QRELS RUNS_DIR [BETTER] [BASELINE]

RUNS_DIR holds NAME.run files written with `--run`. Prints nDCG@10, Recall@100 and MAP@100 per run (trec_eval's
definitions: score order, ties by document id descending), the per-query wins and losses of BETTER (default
best) over BASELINE (default baseline) with a paired randomisation test, and a 2-fold check of the tuning: the
run picked as best on one random half of the queries, scored on the other half.
"""
import collections, glob, math, os, random, sys

qrels_path, runs_dir = sys.argv[1], sys.argv[2]
better_name = sys.argv[3] if len(sys.argv) > 3 else "best"
baseline_name = sys.argv[4] if len(sys.argv) > 4 else "baseline"

qrels = collections.defaultdict(dict)
with open(qrels_path) as lines:
    next(lines)
    for line in lines:
        query, doc, grade = line.split("\t")
        qrels[query][doc] = int(grade)


def per_query(path):
    run = collections.defaultdict(list)
    for line in open(path):
        query, _, doc, _, score, _ = line.split()
        run[query].append((float(score), doc))
    out = {}
    for query, judged in qrels.items():
        docs = [doc for _, doc in sorted(run[query], reverse=True)]
        relevant = [g for g in judged.values() if g > 0]
        dcg = sum(judged.get(d, 0) / math.log2(i + 2) for i, d in enumerate(docs[:10]) if judged.get(d, 0) > 0)
        ideal = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(relevant, reverse=True)[:10]))
        found, precision_sum = 0, 0.0
        for i, d in enumerate(docs[:100]):
            if judged.get(d, 0) > 0:
                found += 1
                precision_sum += found / (i + 1)
        out[query] = (dcg / ideal, found / len(relevant), precision_sum / len(relevant))
    return out


runs = {os.path.basename(p)[:-4]: per_query(p) for p in sorted(glob.glob(os.path.join(runs_dir, "*.run")))}
queries = sorted(qrels)


def mean(run, subset, measure=0):
    return sum(run[q][measure] for q in subset) / len(subset)


print(f"{'run':24s} nDCG@10 Recall@100 MAP@100")
for name, run in runs.items():
    print(f"{name:24s} {mean(run, queries):.4f}  {mean(run, queries, 1):.4f}     {mean(run, queries, 2):.4f}")

if better_name in runs and baseline_name in runs:
    better, baseline = runs[better_name], runs[baseline_name]
    diffs = [better[q][0] - baseline[q][0] for q in queries]
    wins, losses = sum(d > 1e-9 for d in diffs), sum(d < -1e-9 for d in diffs)
    print(f"{better_name} vs {baseline_name} (nDCG@10): better on {wins} queries, worse on {losses}, same on {len(diffs) - wins - losses}")
    random.seed(1)
    observed, trials = abs(sum(diffs)), 10_000
    extreme = sum(abs(sum(d if random.random() < 0.5 else -d for d in diffs)) >= observed for _ in range(trials))
    print(f"paired randomisation test, {trials} trials: p = {extreme / trials:.4f}")

    random.seed(7)
    halves = [[], []]
    for q in queries:
        halves[random.randrange(2)].append(q)
    candidates = {n: r for n, r in runs.items() if n != baseline_name}
    for i in (0, 1):
        tune, held_out = halves[i], halves[1 - i]
        pick = max(candidates, key=lambda n: mean(candidates[n], tune))
        print(f"half {i}: picked {pick} on {len(tune)} queries; on the other {len(held_out)}: "
              f"{mean(runs[pick], held_out):.4f} against {baseline_name} {mean(baseline, held_out):.4f}")
