namespace Evidence.Corpus.Vocabulary;

/// <summary>The role a concept can play in a summary.</summary>
public enum ConceptKind
{
    Condition,
    Outcome,
    Intervention,
    AdverseEvent,
}
