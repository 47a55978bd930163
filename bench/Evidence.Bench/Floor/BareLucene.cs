using System.Diagnostics;
using Evidence.Bench.Corpus;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Analysis.TokenAttributes;

namespace Evidence.Bench.Floor;

/// <summary>
/// Bare Lucene.Net, as in the baseline program: EnglishAnalyzer, one text field with all the record's
/// free text, plus only what the benchmark's requests need (the finding keys and the year). Used for the Lucene
/// half of the raw floor and as the bare query the service is compared with.
/// </summary>
public sealed class BareLucene : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly EnglishAnalyzer _analyzer = new(Version);

    private BareLucene(string folder)
    {
        _directory = FSDirectory.Open(folder);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public static BareLucene Open(string folder) => new(folder);

    /// <summary>Adds the records on all cores (records are generated in chunks outside the clock); returns the time spent adding and committing.</summary>
    public static TimeSpan Build(string folder, SummaryGenerator generator, int count)
    {
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        using var directory = FSDirectory.Open(folder);
        using var analyzer = new EnglishAnalyzer(Version);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 });
        var clock = new Stopwatch();
        const int chunk = 20_000;
        for (var start = 0; start < count; start += chunk)
        {
            var records = new SyntheticSummary[Math.Min(chunk, count - start)];
            Parallel.For(0, records.Length, i => records[i] = generator.Create(start + i));
            clock.Start();
            Parallel.ForEach(records, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, record => writer.AddDocument(Document(record)));
            clock.Stop();
        }
        clock.Start();
        writer.Commit();
        clock.Stop();
        return clock.Elapsed;
    }

    private static Document Document(SyntheticSummary record)
    {
        var document = new Document
        {
            new StringField("id", record.Id, Field.Store.YES),
            new TextField("text", record.AllText, Field.Store.NO),
            new NumericDocValuesField("year", record.Year),
        };
        foreach (var key in record.Findings.Select(f => f.Condition + "|" + f.Outcome).Distinct()) document.Add(new StringField("findingKey", key, Field.Store.NO));
        return document;
    }

    /// <summary>OR of the analysed terms, top <paramref name="count"/> by score (or year), ids loaded.</summary>
    public int FreeText(string text, bool byYear, int count = 20)
    {
        var query = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream("text", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) query.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
            stream.End();
        }
        var top = byYear ? _searcher.Search(query, null, count, new Sort(new SortField("year", SortFieldType.INT32, true))) : _searcher.Search(query, count);
        return Load(top);
    }

    /// <summary>One finding key (condition|outcome), top 20, ids loaded.</summary>
    public int Finding(string condition, string outcome) => Load(_searcher.Search(new TermQuery(new Term("findingKey", condition + "|" + outcome)), 20));

    private int Load(TopDocs top)
    {
        foreach (var hit in top.ScoreDocs) _ = _searcher.Doc(hit.Doc).Get("id");
        return top.TotalHits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
