using System.CommandLine;
using Evidence.Retrieval;

var root = RepositoryRoot.Find();
var data = new Option<DirectoryInfo>("--data")
{
    Description = "A collection in BEIR layout (corpus.jsonl, queries_<split>.jsonl, qrels/<split>.tsv).",
    HelpName = "DIR",
    DefaultValueFactory = _ => new DirectoryInfo(Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "scifact"))),
};
var split = new Option<string>("--split") { Description = "The split to evaluate; tune only on train.", DefaultValueFactory = _ => "train" };
split.AcceptOnlyFromAmong("train", "dev", "test");
var config = new Option<string>("--config") { Description = "A named configuration (see docs/retrieval.md).", DefaultValueFactory = _ => "best" };
config.AcceptOnlyFromAmong([.. Evidence.Retrieval.Profiles.NamedProfiles.All.Keys]);
var work = new Option<DirectoryInfo?>("--work")
{
    Description = "Keep the imported corpus and the index here and reuse them on the next run (default: a temporary folder, removed).",
    HelpName = "DIR",
};
var runFile = new Option<FileInfo?>("--run") { Description = "Also write the judged queries' results as a TREC run file, for trec_eval or pytrec_eval.", HelpName = "FILE" };
var k1 = new Option<float?>("--k1") { Description = "Override BM25 k1." };
var b = new Option<float?>("--b") { Description = "Override BM25 b." };
var fields = new Option<string?>("--fields") { Description = "Override the weighted fields, e.g. text:1,title:0.5.", HelpName = "FIELD:WEIGHT,..." };
var phrases = new Option<string?>("--phrases") { Description = "Override the phrase-boost fields, e.g. title:1 (empty for none).", HelpName = "FIELD:WEIGHT,..." };
var slop = new Option<int?>("--slop") { Description = "Override the phrase slop." };
var pairs = new Option<string?>("--pairs") { Description = "Override the word-pair proximity fields, e.g. text:0.1 (empty for none).", HelpName = "FIELD:WEIGHT,..." };
var pairSlop = new Option<int?>("--pair-slop") { Description = "Override the word-pair slop." };
var candidates = new Option<int?>("--candidates") { Description = "Override how many of the first pass's best sources the ranking's query scores (0: every match)." };
var pageSize = new Option<int>("--page-size") { Description = "The page the lexical run asks for (the two passes score at least three times it); Recall@100 and MAP@100 count only what it returns.", DefaultValueFactory = _ => 100 };
var feedback = new Option<string?>("--feedback") { Description = "Override RM3 feedback: documents,terms,original-weight (e.g. 10,10,0.5) or 'none'.", HelpName = "D,T,W" };

var ranking = new Option<string>("--ranking") { Description = "lexical, hybrid (sentence vectors re-rank the top hits) or both side by side.", DefaultValueFactory = _ => "both" };
ranking.AcceptOnlyFromAmong("lexical", "hybrid", "both");
var weight = new Option<string?>("--weight") { Description = "Hybrid: the lexical score's share of the fused score, or several, comma-separated, each evaluated (the product's default when not given).", HelpName = "W[,W...]" };
var depth = new Option<string?>("--depth") { Description = "Hybrid: how many of Lucene's top hits are re-ranked, or several, comma-separated (the product's default when not given).", HelpName = "K[,K...]" };
var cost = new Option<int>("--cost") { Description = "Hybrid: time the hybrid ranking's added cost on this many claims, each searched lexically and hybrid back to back (0: not timed).", HelpName = "N", DefaultValueFactory = _ => 300 };
var experiments = new Option<bool>("--experiments") { Description = "Hybrid: also try the union of lexical and dense candidates and claim-aware weights (docs/retrieval.md)." };
var encoderOptions = new Option<int>("--encoder-options") { Description = "Hybrid: time the query's embedding under ONNX Runtime's session options on this many claims (0: not timed).", HelpName = "N", DefaultValueFactory = _ => 0 };

var command = new RootCommand("Retrieval quality of the product's import, index and search on a BEIR collection: nDCG@10, Recall@100, MAP@100.")
{
    data, split, config, work, runFile, k1, b, fields, phrases, slop, pairs, pairSlop, feedback, candidates, pageSize, ranking, weight, depth, cost, experiments, encoderOptions,
};
command.SetAction(result =>
{
    var overrides = new ProfileOverrides(result.GetValue(k1), result.GetValue(b), result.GetValue(fields), result.GetValue(phrases), result.GetValue(slop), result.GetValue(pairs), result.GetValue(pairSlop), result.GetValue(feedback), result.GetValue(candidates));
    var defaults = new Evidence.Embeddings.Ranking.HybridOptions();
    var weights = result.GetValue(weight)?.Split(',').Select(w => float.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList() ?? [defaults.LexicalWeight];
    var depths = result.GetValue(depth)?.Split(',').Select(k => int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)).ToList() ?? [defaults.Depth];
    var hybrid = new Evidence.Retrieval.Evaluation.HybridSettings(
        result.GetValue(ranking) != "hybrid", result.GetValue(ranking) != "lexical",
        [.. depths.SelectMany(k => weights.Select(w => defaults with { LexicalWeight = w, Depth = k }))], result.GetValue(cost), result.GetValue(experiments), result.GetValue(encoderOptions));
    return Benchmark.Run(root, result.GetValue(data)!, result.GetValue(split)!, result.GetValue(config)!, overrides, result.GetValue(work), result.GetValue(runFile), Console.Out, hybrid, result.GetValue(pageSize));
});
return command.Parse(args).Invoke();
