using Evidence.Corpus.Model;
using Evidence.Corpus.Vocabulary;

namespace Evidence.Corpus.Loading;

/// <summary>
/// Reads <c>vocabulary.yaml</c>: a <c>concepts</c> list, each with an id, kinds, label, synonyms, an optional
/// parent and, for a combination, the treatments it <c>adds</c> to that parent.
/// </summary>
internal static class VocabularyReader
{
    public static ConceptVocabulary Read(YamlNode root, SourceContext source)
    {
        var map = MappingReader.Over(root, source, "the vocabulary");
        if (map is null) return ConceptVocabulary.Empty;
        var concepts = new List<(Concept Concept, YamlNode Node, IReadOnlyList<YamlNode> Adds)>();
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
            var addsNodes = concept.List("adds");
            var adds = new List<string>();
            foreach (var item in addsNodes)
            {
                if (item is YamlScalar { IsNull: false } added) adds.Add(added.Value.Trim());
                else source.Error(item, ErrorCodes.WrongType, $"each item of 'adds' must be a concept id, found {item.Describe}");
            }
            concept.Finish();
            if (id is not null && label is not null && kinds.Count > 0)
                concepts.Add((new Concept(id, kinds, label, synonyms, lay, parent) { Adds = adds }, node, addsNodes));
        }
        map.Finish();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (concept, node, _) in concepts)
        {
            if (!seen.Add(concept.Id)) source.Error(node, ErrorCodes.DuplicateId, $"concept id '{concept.Id}' is defined twice");
        }
        var byId = concepts.Select(pair => pair.Concept).DistinctBy(concept => concept.Id).ToDictionary(concept => concept.Id, StringComparer.Ordinal);
        foreach (var (concept, node, addsNodes) in concepts)
        {
            if (concept.Parent is { } parentId && !seen.Contains(parentId))
                source.Error(node, ErrorCodes.UnknownConcept, $"concept '{concept.Id}' has unknown parent '{parentId}'{Spelling.DidYouMean(Spelling.Suggest(parentId, seen))}");
            CheckAdds(concept, node, addsNodes, byId, source);
        }
        return new ConceptVocabulary(concepts.Select(pair => pair.Concept).DistinctBy(concept => concept.Id));
    }

    /// <summary>
    /// A combination names its parent (the treatment it builds on) and adds existing interventions other
    /// than itself and that parent.
    /// </summary>
    private static void CheckAdds(Concept concept, YamlNode node, IReadOnlyList<YamlNode> addsNodes, Dictionary<string, Concept> byId, SourceContext source)
    {
        if (concept.Adds.Count == 0) return;
        if (!concept.Kinds.Contains(ConceptKind.Intervention))
            source.Error(node, ErrorCodes.InvalidValue, $"concept '{concept.Id}' has 'adds' but is not an intervention");
        if (concept.Parent is null)
            source.Error(node, ErrorCodes.Missing, $"concept '{concept.Id}' has 'adds' but no 'parent'; a combination adds treatments to its parent");
        foreach (var item in addsNodes)
        {
            if (item is not YamlScalar { IsNull: false, Value: var text }) continue;
            var added = text.Trim();
            if (!byId.TryGetValue(added, out var target))
                source.Error(item, ErrorCodes.UnknownConcept, $"concept '{concept.Id}' adds unknown concept '{added}'{Spelling.DidYouMean(Spelling.Suggest(added, byId.Keys))}");
            else if (!target.Kinds.Contains(ConceptKind.Intervention))
                source.Error(item, ErrorCodes.UnknownConcept, $"concept '{concept.Id}' adds '{added}', which is not an intervention");
            else if (added == concept.Id || added == concept.Parent)
                source.Error(item, ErrorCodes.InvalidValue, $"concept '{concept.Id}' cannot add '{added}': it is the concept itself or its parent");
        }
    }
}
