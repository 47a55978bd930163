using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Evidence.Corpus.Loading;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree in bounded time and memory: the file size,
/// nesting depth and node count are capped, anchors and aliases are refused (no alias bombs), and text that
/// is not UTF-8 is reported with its byte position instead of being parsed.
/// </summary>
internal static class YamlTreeReader
{
    public const int MaxBytes = 1 << 20;
    public const int MaxDepth = 24;
    public const int MaxNodes = 50_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static YamlNode? Read(string file, byte[] bytes, List<CorpusError> errors)
    {
        if (bytes.Length > MaxBytes)
        {
            errors.Add(new(file, 1, 1, ErrorCodes.TooLarge, $"file is {bytes.Length:N0} bytes; the limit is {MaxBytes:N0} bytes"));
            return null;
        }
        if (!TryDecode(file, bytes, errors, out var text)) return null;
        Parser? current = null;
        try
        {
            var parser = current = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                errors.Add(new(file, 1, 1, ErrorCodes.Missing, "the file is empty; expected a mapping of fields"));
                return null;
            }
            parser.Consume<DocumentStart>();
            var nodes = 0;
            var root = ReadNode(parser, depth: 0, ref nodes);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var mark = parser.Current!.Start;
                errors.Add(new(file, (int)mark.Line, (int)mark.Column, ErrorCodes.Syntax, "expected one YAML document, found a second ('---')"));
                return null;
            }
            return root;
        }
        catch (TreeLimitException limit)
        {
            errors.Add(new(file, limit.Line, limit.Column, limit.Code, limit.Message));
        }
        catch (YamlException yaml)
        {
            errors.Add(new(file, Math.Max(1, (int)yaml.Start.Line), Math.Max(1, (int)yaml.Start.Column), ErrorCodes.Syntax, Describe(yaml)));
        }
        catch (InvalidOperationException broken)
        {
            // YamlDotNet 16.3's scanner can fail on some malformed plain scalars with InvalidOperationException
            // instead of a YamlException (found by LoaderPropertyTests). Left uncaught, one such file would fail
            // every indexing pass; reported here, it is one file error like any other syntax error.
            var mark = current?.Current?.End;
            errors.Add(new(file, Math.Max(1, (int)(mark?.Line ?? 1)), Math.Max(1, (int)(mark?.Column ?? 1)), ErrorCodes.Syntax,
                $"the YAML cannot be parsed after this point ({broken.Message})"));
        }
        return null;
    }

    private static bool TryDecode(string file, byte[] bytes, List<CorpusError> errors, out string text)
    {
        text = "";
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException invalid)
        {
            var (line, column) = Position(bytes, start, start + Math.Max(0, invalid.Index));
            errors.Add(new(file, line, column, ErrorCodes.NotText, $"byte {start + invalid.Index} is not valid UTF-8; expected UTF-8 text"));
            return false;
        }
        var control = text.AsSpan().IndexOfAnyInRange('\0', '\b');
        if (control >= 0)
        {
            var (line, column) = LineAndColumn(text, control);
            errors.Add(new(file, line, column, ErrorCodes.NotText, $"control character U+{(int)text[control]:X4} found; expected YAML text"));
            return false;
        }
        return true;
    }

    private static YamlNode ReadNode(IParser parser, int depth, ref int nodes)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of file");
        var line = (int)current.Start.Line;
        var column = (int)current.Start.Column;
        if (++nodes > MaxNodes) throw new TreeLimitException(line, column, ErrorCodes.TooLarge, $"more than {MaxNodes:N0} YAML nodes; expected a single study summary");
        if (depth > MaxDepth) throw new TreeLimitException(line, column, ErrorCodes.TooDeep, $"nesting deeper than {MaxDepth} levels");
        if (current is AnchorAlias)
            throw new TreeLimitException(line, column, ErrorCodes.Alias, "aliases (*name) are not allowed in the corpus; write the value out");
        if (current is NodeEvent { Anchor.IsEmpty: false })
            throw new TreeLimitException(line, column, ErrorCodes.Alias, "anchors (&name) are not allowed in the corpus; write the value out");

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(line, column, scalar.Value, scalar.Style == ScalarStyle.Plain);
            case SequenceStart:
                {
                    parser.MoveNext();
                    var items = new List<YamlNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, depth + 1, ref nodes));
                    return new YamlSequence(line, column, items);
                }
            case MappingStart:
                {
                    parser.MoveNext();
                    var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var key = ReadNode(parser, depth + 1, ref nodes);
                        if (key is not YamlScalar scalarKey)
                            throw new TreeLimitException(key.Line, key.Column, ErrorCodes.WrongType, "a key must be a plain name, not " + key.Describe);
                        entries.Add(new(scalarKey, ReadNode(parser, depth + 1, ref nodes)));
                    }
                    return new YamlMapping(line, column, entries);
                }
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    private static string Describe(YamlException yaml)
    {
        // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the position is reported separately.
        var message = yaml.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 ? message[(cut + 3)..] : message;
        return "YAML syntax error: " + message.TrimEnd('.');
    }

    private static (int Line, int Column) Position(byte[] bytes, int start, int index)
    {
        int line = 1, column = 1;
        for (var i = start; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return (line, column);
    }

    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lastBreak = text.LastIndexOf('\n', Math.Max(0, index - 1));
        return (line, index - lastBreak);
    }

    private sealed class TreeLimitException(int line, int column, string code, string message) : Exception(message)
    {
        public int Line { get; } = line;
        public int Column { get; } = column;
        public string Code { get; } = code;
    }
}
