using Evidence.Search.Indexing;
using Lucene.Net.Queries.Function;
using Lucene.Net.Queries.Function.ValueSources;
using Lucene.Net.Search;

namespace Evidence.Search.Querying;

/// <summary>
/// A gentle evidence-quality prior on relevance: the text score is multiplied by 1.5 − 0.1 × level, so a
/// level 1 source gets × 1.4 and a level 5 source × 1.0. Between two sources that match about equally well,
/// the one with the stronger design comes first; a clearly better text match still wins.
/// </summary>
public static class LevelPrior
{
    public const float Intercept = 1.5f;
    public const float Slope = -0.1f;

    public static Query Apply(Query text) =>
        new BoostedQuery(text, new LinearSingleFunction(new Int32FieldSource(IndexFields.Level), Slope, Intercept));
}
