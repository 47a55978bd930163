using Evidence.Corpus.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Evidence.Search.Indexing;

/// <summary>
/// Where each document's record (<see cref="RecordJson"/>) lives: in binary doc values, read straight from
/// the file, rather than in Lucene's compressed stored fields, where reading one record decompressed its
/// whole 16 KB block (34 µs a record at 100k sources: most of a filtered search's time). Lucene caps a binary
/// doc value at 32,766 bytes; a larger record is kept as a stored field instead.
/// </summary>
public static class StoredRecords
{
    public const int MaxDocValueBytes = 32_766;

    private static readonly ISet<string> StoredOnly = new HashSet<string> { IndexFields.Record };

    /// <summary>The field that holds this record in a new document.</summary>
    public static Field For(StudySummary summary)
    {
        var json = RecordJson.Serialize(summary);
        return json.Length <= MaxDocValueBytes ? new BinaryDocValuesField(IndexFields.Record, new BytesRef(json)) : new StoredField(IndexFields.Record, json);
    }

    /// <summary>The record of a document, by its number in the searcher's reader.</summary>
    public static StudySummary Read(IndexSearcher searcher, int doc, bool forSynthesis = false)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return new Reader(leaf.AtomicReader, forSynthesis).Read(doc - leaf.DocBase);
    }

    /// <summary>Reads the records of one segment.</summary>
    public sealed class Reader(AtomicReader segment, bool forSynthesis = false)
    {
        private readonly BinaryDocValues? _values = segment.GetBinaryDocValues(IndexFields.Record);
        private readonly BytesRef _scratch = new();

        public StudySummary Read(int doc) => forSynthesis ? RecordJson.DeserializeForSynthesis(Json(doc)) : RecordJson.Deserialize(Json(doc));

        /// <summary>The record as a search hit shows it (<see cref="RecordJson.DeserializeForHit"/>).</summary>
        public StudySummary ReadForHit(int doc) => RecordJson.DeserializeForHit(Json(doc));

        private ReadOnlySpan<byte> Json(int doc)
        {
            _values?.Get(doc, _scratch);
            return _values is not null && _scratch.Length > 0
                ? _scratch.Bytes.AsSpan(_scratch.Offset, _scratch.Length)
                : segment.Document(doc, StoredOnly).GetBinaryValue(IndexFields.Record).Bytes;
        }
    }
}
