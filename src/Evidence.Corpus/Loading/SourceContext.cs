namespace Evidence.Corpus.Loading;

/// <summary>The file being read and the errors found in it so far.</summary>
internal sealed class SourceContext(string file, List<CorpusError> errors)
{
    public string File { get; } = file;

    public List<CorpusError> Errors { get; } = errors;

    public void Error(YamlNode node, string code, string message) => Error(node.Line, node.Column, code, message);

    public void Error(int line, int column, string code, string message) =>
        Errors.Add(new CorpusError(File, line, column, code, message));
}
