using System.Globalization;
using System.Text.RegularExpressions;
using RareNewsSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace RareNewsSite.Content;

/// <summary>
/// Readers of nested values (<c>corrections</c>, <c>study</c>, <c>sources</c>): the YAML node itself, its position, and
/// typed reads of a mapping's fields, so a mistake deep inside a list is reported at its own line and column.
/// </summary>
internal sealed partial class FrontMatter
{
    /// <summary>The value node of a key, or null when the key is absent.</summary>
    public YamlNode? Node(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>Where a node is, 1-based, relative to the file.</summary>
    public SourceSpan At(YamlNode node) => SpanOf(node);

    /// <summary>Reports an error at a node.</summary>
    public void ErrorAt(YamlNode node, string id, string message) => _diagnostics.Error(SpanOf(node), id, message);

    /// <summary>Reports a warning at a node.</summary>
    public void WarnAt(YamlNode node, string id, string message) => _diagnostics.Warning(SpanOf(node), id, message);

    /// <summary>The items of a list value; an error (and nothing) when the value is not a list.</summary>
    public IReadOnlyList<YamlNode> Items(string key, string example)
    {
        Expect(key, FieldType.MappingList, FieldType.TrialNumbers);
        switch (Node(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return [.. sequence];
            case var other:
                Error(other, DiagnosticIds.WrongType, $"'{key}' must be a list, such as {example}");
                return [];
        }
    }

    /// <summary>A mapping's field as text: null when absent; an error when it is not a plain value.</summary>
    public string? Field(YamlMappingNode map, string field, string owner)
    {
        ExpectItemField(owner, field);
        var value = FieldNode(map, field);
        switch (value)
        {
            case null:
                return null;
            case YamlScalarNode { Value: var text }:
                return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            default:
                Error(value, DiagnosticIds.WrongType, $"'{owner}.{field}' must be text, not a {KindOf(value)}");
                return null;
        }
    }

    // A nested field must be one the schema defines for its list, for the same reason as Expect.
    private void ExpectItemField(string owner, string field)
    {
        if (_schema?.Find(owner) is { } list && !list.ItemFields.Any(f => f.Name == field))
        {
            throw new InvalidOperationException($"'{owner}.{field}' is read from {_schema.Kind} front matter, but FrontMatterSchema does not define it");
        }
    }

    /// <summary>A mapping's field node, or null.</summary>
    public static YamlNode? FieldNode(YamlMappingNode map, string field) =>
        map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == field).Value;

    /// <summary>A mapping's field as a date; an error when it is not one.</summary>
    public DateTimeOffset? FieldDate(YamlMappingNode map, string field, string owner)
    {
        if (Field(map, field, owner) is not { } text)
        {
            return null;
        }
        if (text.Length >= 10 && char.IsAsciiDigit(text[0])
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date;
        }
        Error(FieldNode(map, field)!, DiagnosticIds.WrongType, $"'{owner}.{field}' is not a valid date (\"{text}\"); use YYYY-MM-DD");
        return null;
    }

    /// <summary>Warns about fields of a nested mapping that <paramref name="known"/> does not list, with "did you mean".</summary>
    public void WarnAboutUnknownFields(YamlMappingNode map, string owner, IReadOnlyCollection<string> known)
    {
        foreach (var (key, _) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name))
            {
                var hint = Suggestions.Closest(name, known) is { } best ? $"; did you mean '{best}'?" : $"; known: {string.Join(", ", known)}";
                _diagnostics.Warning(SpanOf(key), DiagnosticIds.UnknownKey, $"unknown key '{owner}.{name}'{hint}");
            }
        }
    }

    /// <summary>
    /// Where <paramref name="pattern"/> matches a key's text value as it is written in the file (inside its quotes), each
    /// with its own line and column, for warnings about a word rather than the whole value.
    /// </summary>
    public IEnumerable<(SourceSpan Span, string Text)> FindInValue(string key, Regex pattern)
    {
        if (Node(key) is not YamlScalarNode scalar)
        {
            yield break;
        }
        var first = (int)scalar.Start.Line;
        var last = (int)scalar.End.Line;
        for (var line = first; line <= last && line - 1 < _lines.Count; line++)
        {
            var text = _lines[line - 1];
            var from = line == first ? Math.Min((int)scalar.Start.Column - 1, text.Length) : 0;
            var to = line == last ? Math.Min((int)scalar.End.Column - 1, text.Length) : text.Length;
            if (from >= to)
            {
                continue;
            }
            foreach (Match match in pattern.Matches(text[..to], from))
            {
                yield return (new SourceSpan(Path, line + _lineOffset, match.Index + 1), match.Value);
            }
        }
    }
}
