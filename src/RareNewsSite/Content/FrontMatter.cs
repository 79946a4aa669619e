using System.Collections.Immutable;
using System.Globalization;
using RareNewsSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RareNewsSite.Content;

/// <summary>
/// A parsed front matter mapping with typed, position-aware readers. Every reader reports problems into the
/// diagnostic bag and returns a usable default, so one pass finds every mistake in a file.
/// </summary>
internal sealed partial class FrontMatter
{
    private readonly Dictionary<string, KeyValuePair<YamlNode, YamlNode>> _entries = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;
    private readonly int _lineOffset;
    private readonly YamlMappingNode? _root;
    private readonly IReadOnlyList<string> _lines;
    private readonly ContentSchema? _schema;

    // Text readers see: there a " #" that YAML takes for a comment silently cuts what the page shows.
    private static readonly HashSet<string> ShownText = new(StringComparer.Ordinal)
        { "title", "summary", "image_alt", "image_caption", "image_credit", "image_license", "name", "role", "description", "reviewed_by", "abbreviation", "funding", "conflicts" };

    // lines: the YAML's raw lines, for what the parser leaves out (comments).
    internal FrontMatter(string path, YamlMappingNode? root, int lineOffset, DiagnosticBag diagnostics, IReadOnlyList<string>? lines = null,
        ContentSchema? schema = null)
    {
        Path = path;
        _schema = schema;
        _root = root;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        _lines = lines ?? [];
        foreach (var entry in root?.Children ?? (IEnumerable<KeyValuePair<YamlNode, YamlNode>>)[])
        {
            if (entry.Key is YamlScalarNode { Value: { } key })
            {
                _entries[key] = entry;
            }
        }
    }

    /// <summary>The file, relative to the site root.</summary>
    public string Path { get; }

    /// <summary>Positions of every key, for diagnostics found after parsing.</summary>
    public KeySpans KeySpans
    {
        get
        {
            var keys = new string[_entries.Count];
            var spans = new SourceSpan[_entries.Count];
            var i = 0;
            foreach (var (key, entry) in _entries)
            {
                (keys[i], spans[i]) = (key, SpanOf(entry.Key));
                i++;
            }
            return new KeySpans(keys, spans);
        }
    }

    /// <summary>True if the key is present.</summary>
    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>Where a key (or the file start, for a missing key) is.</summary>
    public SourceSpan SpanOfKey(string key) =>
        _entries.TryGetValue(key, out var entry) ? SpanOf(entry.Key) : new SourceSpan(Path, 1, 1);

    /// <summary>Reads a text value.</summary>
    public string? Text(string key, bool required = false)
    {
        Expect(key, FieldType.Text);
        return ReadText(key, required);
    }

    private string? ReadText(string key, bool required)
    {
        if (!TryGet(key, required, out var node))
        {
            return null;
        }
        if (node is YamlScalarNode scalar)
        {
            var value = scalar.Value ?? "";
            if (required && string.IsNullOrWhiteSpace(value))
            {
                Error(node, DiagnosticIds.MissingKey, $"'{key}' must not be empty");
            }
            if (ShownText.Contains(key))
            {
                ReportCutByComment(key, scalar);
            }
            return value;
        }
        Error(node, DiagnosticIds.WrongType, $"'{key}' must be text, not a {KindOf(node)}");
        return null;
    }

    /// <summary>True when the key is written with nothing after it (<c>image_alt:</c>), unlike a chosen <c>""</c>.</summary>
    public bool IsBlank(string key) =>
        _entries.TryGetValue(key, out var entry) && entry.Value is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" };

    /// <summary>
    /// An unquoted value followed on its line by " #": YAML reads the rest as a comment, so "Pompe disease #1 priority"
    /// would silently become "Pompe disease". The parser drops comments, so the raw line tells.
    /// </summary>
    private void ReportCutByComment(string key, YamlScalarNode scalar)
    {
        var index = (int)scalar.End.Line - 1;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any) || string.IsNullOrEmpty(scalar.Value) || index < 0 || index >= _lines.Count)
        {
            return;
        }
        var line = _lines[index];
        var end = Math.Min((int)scalar.End.Column - 1, line.Length);
        var rest = line[end..];
        var comment = rest.TrimStart(' ', '\t');
        if (!comment.StartsWith('#'))
        {
            return;
        }
        var column = end + rest.Length - comment.Length + 1;
        var meant = (scalar.Value + " " + comment).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        _diagnostics.Error(new SourceSpan(Path, index + 1 + _lineOffset, column), DiagnosticIds.TextCutByComment,
            $"'{key}' stops before ' #': YAML reads the rest of the line as a comment, so the page would show \"{scalar.Value}\"; put the value in quotes: {key}: \"{meant}\"");
    }

    /// <summary>Reads an ISO 8601 date, with an optional time and offset (UTC when none is given).</summary>
    public DateTimeOffset? Date(string key, bool required = false)
    {
        Expect(key, FieldType.Date);
        var text = ReadText(key, required);
        if (text is null || required && string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            && (text.Length >= 10 && char.IsAsciiDigit(text[0])))
        {
            // Keep the offset the editor wrote; AdjustToUniversal only made the parse culture-proof.
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset)
                ? withOffset
                : date;
        }
        Error(_entries[key].Value, DiagnosticIds.WrongType, $"'{key}' is not a valid date (\"{text}\"); use YYYY-MM-DD");
        return null;
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    public bool Bool(string key)
    {
        Expect(key, FieldType.Boolean);
        if (!TryGet(key, false, out var node))
        {
            return false;
        }
        if (node is YamlScalarNode { Value: { } v } && bool.TryParse(v, out var b))
        {
            return b;
        }
        Error(node, DiagnosticIds.WrongType, $"'{key}' must be true or false");
        return false;
    }

    /// <summary>Reads a whole number, such as a menu position.</summary>
    public int? Integer(string key)
    {
        Expect(key, FieldType.Integer);
        if (!TryGet(key, false, out var node))
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        Error(node, DiagnosticIds.WrongType, $"'{key}' must be a whole number, such as 2");
        return null;
    }

    /// <summary>Reads a list of texts.</summary>
    public ImmutableArray<string> List(string key)
    {
        Expect(key, FieldType.TextList);
        if (!TryGet(key, false, out var node))
        {
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, DiagnosticIds.WrongType, $"'{key}' must be a list, such as [{ExampleItem(node)}]");
            return [];
        }
        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                items.Add(value.Trim());
            }
            else
            {
                Error(item, DiagnosticIds.WrongType, $"items of '{key}' must be text");
            }
        }
        return items.ToImmutable();
    }

    /// <summary>Reads a list of <c>{title, url}</c> mappings.</summary>
    public ImmutableArray<SourceLink> Links(string key)
    {
        Expect(key, FieldType.MappingList);
        if (!TryGet(key, false, out var node))
        {
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, DiagnosticIds.WrongType, $"'{key}' must be a list of {{title, url}}");
            return [];
        }
        var links = ImmutableArray.CreateBuilder<SourceLink>();
        foreach (var item in sequence)
        {
            var title = (item as YamlMappingNode)?.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "title" }).Value as YamlScalarNode;
            var url = (item as YamlMappingNode)?.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "url" }).Value as YamlScalarNode;
            if (title?.Value is { Length: > 0 } t && url?.Value is { Length: > 0 } u)
            {
                if (!IsWebUrl(u))
                {
                    Error(url, DiagnosticIds.WrongType, $"'{key}' url must start with https:// or http:// (\"{u}\")");
                    continue;
                }
                links.Add(new SourceLink(t, u));
            }
            else
            {
                Error(item, DiagnosticIds.WrongType, $"items of '{key}' need a 'title' and a 'url'");
            }
        }
        return links.ToImmutable();
    }

    /// <summary>The same front matter, read as <paramref name="schema"/> defines it.</summary>
    public FrontMatter Following(ContentSchema schema) => new(Path, _root, _lineOffset, _diagnostics, _lines, schema);

    /// <summary>Warns about keys the schema does not know, with a "did you mean" hint.</summary>
    public void WarnAboutUnknownKeys()
    {
        var known = _schema?.Names ?? throw new InvalidOperationException("front matter read without a schema: call Following(schema) first");
        foreach (var (key, entry) in _entries.OrderBy(e => e.Value.Key.Start.Line))
        {
            if (!known.Contains(key))
            {
                var hint = Suggestions.Closest(key, known) is { } best ? $"; did you mean '{best}'?" : "";
                _diagnostics.Warning(SpanOf(entry.Key), DiagnosticIds.UnknownKey, $"unknown key '{key}'{hint}");
            }
        }
    }

    /// <summary>The same front matter, reporting to <paramref name="diagnostics"/> (a memoised parse is read again in a later build).</summary>
    public FrontMatter ReportingTo(DiagnosticBag diagnostics) => new(Path, _root, _lineOffset, diagnostics, _lines, _schema);

    /// <summary>Reports a warning at a key's position.</summary>
    public void WarningAt(string key, string id, string message) => _diagnostics.Warning(SpanOfKey(key), id, message);

    /// <summary>Reports an error at a key's position.</summary>
    public void ErrorAt(string key, string id, string message) => _diagnostics.Error(SpanOfKey(key), id, message);

    /// <summary>
    /// Stops a reader that reads a key the schema does not define, or as another type: the JSON Schemas for editors are
    /// written from the schema, so a reader that went its own way would make them lie. This is a bug, never bad input.
    /// </summary>
    private void Expect(string key, params ReadOnlySpan<FieldType> types)
    {
        if (_schema is null)
        {
            return;
        }
        var field = _schema.Find(key)
            ?? throw new InvalidOperationException($"'{key}' is read from {_schema.Kind} front matter, but FrontMatterSchema does not define it");
        if (!types.Contains(field.Type))
        {
            throw new InvalidOperationException($"'{key}' of {_schema.Kind} front matter is read as {string.Join(" or ", types.ToArray())}, but FrontMatterSchema defines it as {field.Type}");
        }
    }

    private bool TryGet(string key, bool required, out YamlNode node)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            node = entry.Value;
            return true;
        }
        if (required)
        {
            _diagnostics.Error(new SourceSpan(Path, 1, 1), DiagnosticIds.MissingKey, $"missing required key '{key}'");
        }
        node = null!;
        return false;
    }

    private void Error(YamlNode node, string id, string message) => _diagnostics.Error(SpanOf(node), id, message);

    private SourceSpan SpanOf(YamlNode node) => new(Path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    private static bool IsWebUrl(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };

    private static string ExampleItem(YamlNode node) => node is YamlScalarNode { Value: { Length: > 0 } v } ? v : "a, b";
}
