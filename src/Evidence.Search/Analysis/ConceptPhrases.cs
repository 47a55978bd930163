namespace Evidence.Search.Analysis;

/// <summary>The vocabulary's phrases (normalised words) as a word trie whose ends name the concept tokens they add.</summary>
internal sealed class ConceptPhrases
{
    private readonly Dictionary<string, Node> _first = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _firstBySpan;

    public ConceptPhrases(IEnumerable<(string[] Words, string Concept)> phrases)
    {
        foreach (var (words, concept) in phrases)
        {
            if (words.Length == 0) continue;
            var node = Child(_first, words[0]);
            foreach (var word in words.Skip(1)) node = Child(node.Children ??= new(StringComparer.Ordinal), word);
            node.Outputs ??= [];
            if (!node.Outputs.Contains(concept)) node.Outputs.Add(concept);
        }
        _firstBySpan = _first.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsEmpty => _first.Count == 0;

    public Node? Start(ReadOnlySpan<char> word) => _firstBySpan.TryGetValue(word, out var node) ? node : null;

    private static Node Child(Dictionary<string, Node> children, string word)
    {
        if (!children.TryGetValue(word, out var node)) children[word] = node = new Node();
        return node;
    }

    internal sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<string>? Outputs { get; set; }
    }
}
