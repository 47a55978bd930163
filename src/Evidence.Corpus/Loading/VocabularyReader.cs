using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Loading;

/// <summary>Reads <c>vocabulary.yaml</c>: a <c>concepts</c> list, each with an id, kinds, label and synonyms.</summary>
internal static class VocabularyReader
{
    public static ConceptVocabulary Read(YamlNode root, SourceContext source)
    {
        var map = MappingReader.Over(root, source, "the vocabulary");
        if (map is null) return ConceptVocabulary.Empty;
        var concepts = new List<(Concept Concept, YamlNode Node)>();
        foreach (var node in map.List("concepts"))
        {
            var concept = MappingReader.Over(node, source, "a concept");
            if (concept is null) continue;
            var id = concept.RequiredText("id", 100);
            if (id is not null && !StudySummaryReader.IdPattern().IsMatch(id))
            {
                source.Error(concept.Node("id")!, ErrorCodes.InvalidValue, $"concept id '{id}' must be lower-case letters, digits and single hyphens");
                id = null;
            }
            var kinds = new List<ConceptKind>();
            foreach (var kindNode in concept.List("kinds"))
            {
                if (kindNode is YamlScalar scalar && Names<ConceptKind>.TryParse(scalar.Value, out var kind)) kinds.Add(kind);
                else source.Error(kindNode, ErrorCodes.InvalidValue, $"a concept kind must be one of {string.Join(", ", Names<ConceptKind>.Ids)}");
            }
            if (kinds.Count == 0 && concept.Node("kinds") is null) concept.Missing("kinds", "a list of " + string.Join(", ", Names<ConceptKind>.Ids));
            else if (kinds.Count == 0 && concept.Node("kinds") is YamlSequence { Items.Count: 0 } emptyKinds)
                source.Error(emptyKinds, ErrorCodes.Missing, "a concept needs at least one kind: " + string.Join(", ", Names<ConceptKind>.Ids));
            var label = concept.RequiredText("label", 200);
            var synonyms = concept.TextList("synonyms", 200);
            var lay = concept.TextList("lay", 200);
            var parent = concept.OptionalText("parent", 100);
            concept.Finish();
            if (id is not null && label is not null && kinds.Count > 0)
                concepts.Add((new Concept(id, kinds, label, synonyms, lay, parent), node));
        }
        map.Finish();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (concept, node) in concepts)
        {
            if (!seen.Add(concept.Id)) source.Error(node, ErrorCodes.DuplicateId, $"concept id '{concept.Id}' is defined twice");
        }
        foreach (var (concept, node) in concepts)
        {
            if (concept.Parent is { } parentId && !seen.Contains(parentId))
                source.Error(node, ErrorCodes.UnknownConcept, $"concept '{concept.Id}' has unknown parent '{parentId}'{Spelling.DidYouMean(Spelling.Suggest(parentId, seen))}");
        }
        return new ConceptVocabulary(concepts.Select(pair => pair.Concept).DistinctBy(concept => concept.Id));
    }
}
