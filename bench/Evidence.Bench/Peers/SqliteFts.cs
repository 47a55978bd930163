using System.Diagnostics;
using System.Text;
using Evidence.Bench.Corpus;
using Evidence.Bench.Queries;
using Microsoft.Data.Sqlite;

namespace Evidence.Bench.Peers;

/// <summary>
/// The peer: the same records in SQLite FTS5 (porter stemming over unicode61, bm25 ranking), with a side table
/// for the year and one row per finding key. Each request returns the top 20 ids, as the bare Lucene query does;
/// the condition-and-outcome request also counts designs (one facet).
/// </summary>
public sealed class SqliteFts : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _match;
    private readonly SqliteCommand _matchByYear;
    private readonly SqliteCommand _finding;
    private readonly SqliteCommand _findingFacet;

    private SqliteFts(string file)
    {
        _connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Cache=Private");
        _connection.Open();
        _match = Command("SELECT m.id FROM docs JOIN meta m ON m.rowid = docs.rowid WHERE docs MATCH $q ORDER BY rank LIMIT 20");
        _matchByYear = Command("SELECT m.id FROM docs JOIN meta m ON m.rowid = docs.rowid WHERE docs MATCH $q ORDER BY m.year DESC LIMIT 20");
        _finding = Command("SELECT m.id FROM finding f JOIN meta m ON m.rowid = f.doc WHERE f.key = $q LIMIT 20");
        _findingFacet = Command("SELECT m.design, count(*) FROM finding f JOIN meta m ON m.rowid = f.doc WHERE f.key = $q GROUP BY m.design");
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$q", SqliteType.Text);
        command.Prepare();
        return command;
    }

    public static SqliteFts Open(string file) => new(file);

    /// <summary>Inserts every record in one transaction per 10,000 (SQLite has one writer); returns the insert time, records generated outside the clock.</summary>
    public static TimeSpan Build(string file, SummaryGenerator generator, int count)
    {
        if (File.Exists(file)) File.Delete(file);
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(connection, "CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='porter unicode61');" +
            "CREATE TABLE meta(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, year INTEGER NOT NULL, design TEXT NOT NULL);" +
            "CREATE TABLE finding(key TEXT NOT NULL, doc INTEGER NOT NULL);");
        var clock = new Stopwatch();
        const int chunk = 10_000;
        for (var start = 0; start < count; start += chunk)
        {
            var records = new SyntheticSummary[Math.Min(chunk, count - start)];
            Parallel.For(0, records.Length, i => records[i] = generator.Create(start + i));
            clock.Start();
            using var transaction = connection.BeginTransaction();
            using var doc = Insert(connection, "INSERT INTO docs(rowid, title, body) VALUES ($a, $b, $c)");
            using var meta = Insert(connection, "INSERT INTO meta(rowid, id, year, design) VALUES ($a, $b, $c, $d)");
            using var finding = Insert(connection, "INSERT INTO finding(key, doc) VALUES ($b, $a)");
            foreach (var record in records)
            {
                var rowid = record.Index + 1;
                Run(doc, rowid, record.Title, string.Join("\n", [record.Summary, .. record.Findings.Select(f => f.Effect), .. record.KeyPoints, record.Abstract]));
                Run(meta, rowid, record.Id, record.Year, record.Design);
                foreach (var key in record.Findings.Select(f => f.Condition + "|" + f.Outcome).Distinct()) Run(finding, rowid, key);
            }
            transaction.Commit();
            clock.Stop();
        }
        clock.Start();
        Execute(connection, "CREATE INDEX finding_key ON finding(key); CREATE INDEX meta_year ON meta(year);");
        clock.Stop();
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        return clock.Elapsed;
    }

    private static SqliteCommand Insert(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in new[] { "$a", "$b", "$c", "$d" }.Where(n => sql.Contains(n, StringComparison.Ordinal))) command.Parameters.Add(name, SqliteType.Text);
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public int Run(BenchQuery query) => query.Kind switch
    {
        QueryKind.FreeText => Read(_match, MatchExpression(query.Text!)),
        QueryKind.SortByYear => Read(_matchByYear, MatchExpression(query.Text!)),
        _ => Read(_finding, query.Condition + "|" + query.Outcome) + Read(_findingFacet, query.Condition + "|" + query.Outcome),
    };

    /// <summary>Each word quoted and OR-ed, as the Lucene queries OR their terms.</summary>
    private static string MatchExpression(string text)
    {
        var words = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var expression = new StringBuilder();
        foreach (var word in words)
        {
            if (expression.Length > 0) expression.Append(" OR ");
            expression.Append('"').Append(word.Replace("\"", "", StringComparison.Ordinal)).Append('"');
        }
        return expression.ToString();
    }

    private static int Read(SqliteCommand command, string parameter)
    {
        command.Parameters[0].Value = parameter;
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read()) rows++;
        return rows;
    }

    public void Dispose()
    {
        _match.Dispose();
        _matchByYear.Dispose();
        _finding.Dispose();
        _findingFacet.Dispose();
        _connection.Dispose();
    }
}
