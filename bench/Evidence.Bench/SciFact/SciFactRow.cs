using System.Diagnostics;
using System.Text;
using Evidence.Bench.Floor;
using Evidence.Bench.Http;
using Evidence.Bench.Queries;
using Evidence.Retrieval.Data;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;

namespace Evidence.Bench.SciFact;

/// <summary>
/// The product against its peers on real abstracts: SciFact's 5,183 abstracts imported through the product's own
/// importer and indexed by <c>index-build</c>, its training claims as free-text questions. The product answers over
/// HTTP (top 10 and top 100, search cache off); bare Lucene (<see cref="BareLucene"/>'s query over title and abstract in one field) and
/// SQLite FTS5 (porter, bm25) answer in-process with the top 100 ids. Same claims, same run.
/// </summary>
public sealed class SciFactRow(string dataDirectory, TextWriter log)
{
    /// <summary>How many claims are asked (the first of the training claims, in file order).</summary>
    public const int Claims = 300;

    public string Corpus => Path.Combine(BenchPaths.DataDirectory, "scifact", "corpus");

    public string Index => Path.Combine(BenchPaths.DataDirectory, "scifact", "index");

    private string Bare => Path.Combine(BenchPaths.DataDirectory, "scifact", "bare");

    private string Sqlite => Path.Combine(BenchPaths.DataDirectory, "scifact", "fts.db");

    /// <summary>The shared data folder the guide names (../shared/data/scifact beside the repository), if present.</summary>
    public static string? Find() =>
        new[] { Environment.GetEnvironmentVariable("EVIDENCE_SCIFACT_DIR"), Path.Combine(BenchPaths.RepositoryRoot, "..", "shared", "data", "scifact") }
            .FirstOrDefault(folder => folder is not null && File.Exists(Path.Combine(folder, "corpus.jsonl")));

    public async Task<IReadOnlyList<(string Measure, string Value, string Target, bool? Met)>> RunAsync(Func<string, string, TimeSpan> indexBuild, int httpRequests)
    {
        var collection = BeirCollection.Load(dataDirectory, "train");
        var claims = collection.Claims.Select(c => c.Text).Distinct(StringComparer.Ordinal).Take(Claims).ToList();
        if (!System.IO.Directory.Exists(Corpus) || !System.IO.Directory.EnumerateFiles(Corpus, "*.yaml", SearchOption.AllDirectories).Any())
        {
            log.WriteLine("  importing SciFact through the product's importer");
            var problems = CorpusImport.Run(collection.Corpus, CorpusImport.SciFact, Corpus, CorpusImport.VocabularyFile(BenchPaths.RepositoryRoot));
            if (problems.Count > 0) log.WriteLine($"  {problems.Count} records not imported, first: {problems[0]}");
        }
        indexBuild(Corpus, Index);
        BuildBare(collection.Corpus);
        BuildSqlite(collection.Corpus);

        log.WriteLine($"  {claims.Count} claims: bare Lucene and SQLite FTS5 in-process, top 100");
        using var bare = BareLucene.Open(Bare);
        using var fts = new FtsSearch(Sqlite);
        var lucene = Latency.Measure(claims, claims.Count, claim => bare.FreeText(claim, byYear: false, count: 100));
        var sqlite = Latency.Measure(claims, claims.Count, claim => fts.Top(claim, 100));

        log.WriteLine("  the product over HTTP, top 10 and top 100 (search cache off)");
        using var service = await ServiceProcess.StartAsync(Corpus, Index, TimeSpan.FromMinutes(5));
        async Task Http(string claim, int pageSize)
        {
            using var response = await service.Client.GetAsync($"/api/evidence?q={Uri.EscapeDataString(claim)}&pageSize={pageSize}", HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.CopyToAsync(Stream.Null);
        }
        // Both page sizes are warmed together, then timed in turn for each claim, so neither pays the other's warm-up
        // (timed one after the other, the first timed paid it: top 10 came out slower than top 100).
        var warm = await Latency.WarmAsync(claims, async claim =>
        {
            await Http(claim, 10);
            await Http(claim, 100);
        });
        log.WriteLine($"  {warm} (top 10 and top 100 together)");
        var (times10, times100) = (new List<double>(), new List<double>());
        for (var i = 0; i < Math.Max(claims.Count, httpRequests); i++)
        {
            foreach (var (pageSize, times) in new[] { (10, times10), (100, times100) })
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                await Http(claims[i % claims.Count], pageSize);
                times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }
        var (top10, top100) = (Latency.Of(times10), Latency.Of(times100));
        static string Ms(double micros) => $"{micros / 1000:F2} ms";
        return
        [
            ("SciFact, top 100: product over HTTP p50 / p99", $"{Ms(top100.P50)} / {Ms(top100.P99)}", "", null),
            ("SciFact, top 10: product over HTTP p50 / p99", $"{Ms(top10.P50)} / {Ms(top10.P99)}", "p50 ≤ 2 ms", top10.P50 <= 2_000),
            ("SciFact, top 100: bare Lucene in-process p50 / p99", $"{Ms(lucene.P50)} / {Ms(lucene.P99)}", "", null),
            ("SciFact, top 100: SQLite FTS5 in-process p50 / p99", $"{Ms(sqlite.P50)} / {Ms(sqlite.P99)}", "", null),
            ("SciFact, top 100: product over HTTP ÷ SQLite FTS5 in-process (p50)", $"{top100.P50 / sqlite.P50:F2}×", "≤ 0.5×", top100.P50 / sqlite.P50 <= 0.5),
            ("SciFact: top 100 ÷ top 10 over HTTP (p50), the cost of 90 more hits", $"{top100.P50 / top10.P50:F2}×", "≤ 2×", top100.P50 / top10.P50 <= 2),
        ];
    }

    private void BuildBare(IReadOnlyList<BeirDocument> documents)
    {
        if (System.IO.Directory.Exists(Bare)) return;
        using var directory = FSDirectory.Open(Bare);
        using var analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE });
        foreach (var document in documents)
            writer.AddDocument(new Document { new StringField("id", document.Id, Field.Store.YES), new TextField("text", document.Title + "\n" + document.Text, Field.Store.NO) });
        writer.Commit();
    }

    private void BuildSqlite(IReadOnlyList<BeirDocument> documents)
    {
        if (File.Exists(Sqlite)) return;
        using var connection = new SqliteConnection($"Data Source={Sqlite};Pooling=False");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='porter unicode61');";
            create.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs(id, title, body) VALUES ($id, $title, $body)";
        var (id, title, body) = (insert.Parameters.Add("$id", SqliteType.Text), insert.Parameters.Add("$title", SqliteType.Text), insert.Parameters.Add("$body", SqliteType.Text));
        foreach (var document in documents)
        {
            (id.Value, title.Value, body.Value) = (document.Id, document.Title, document.Text);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The claim's words without English stop words, for both peers: neither is made to score "the".</summary>
    private static IEnumerable<string> Words(string claim) =>
        claim.Split([' ', '-', ',', '.', ';', ':', '(', ')', '"', '\'', '/', '%', '[', ']'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !EnglishAnalyzer.DefaultStopSet.Contains(word.ToLowerInvariant()));

    private sealed class FtsSearch : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _match;

        public FtsSearch(string file)
        {
            _connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Cache=Private");
            _connection.Open();
            _match = _connection.CreateCommand();
            _match.CommandText = "SELECT id FROM docs WHERE docs MATCH $q ORDER BY rank LIMIT $n";
            _match.Parameters.Add("$q", SqliteType.Text);
            _match.Parameters.Add("$n", SqliteType.Integer);
            _match.Prepare();
        }

        /// <summary>Each word quoted and OR-ed, as the Lucene query ORs its terms; the top <paramref name="count"/> ids by bm25.</summary>
        public int Top(string claim, int count)
        {
            var expression = new StringBuilder();
            foreach (var word in Words(claim))
            {
                if (expression.Length > 0) expression.Append(" OR ");
                expression.Append('"').Append(word.Replace("\"", "", StringComparison.Ordinal)).Append('"');
            }
            if (expression.Length == 0) return 0;
            (_match.Parameters[0].Value, _match.Parameters[1].Value) = (expression.ToString(), count);
            using var reader = _match.ExecuteReader();
            var rows = 0;
            while (reader.Read()) rows++;
            return rows;
        }

        public void Dispose()
        {
            _match.Dispose();
            _connection.Dispose();
        }
    }
}
