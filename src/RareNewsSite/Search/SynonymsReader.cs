using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RareNewsSite.Search;

/// <summary>
/// Reads <c>input/data/synonyms.yml</c>: under <c>groups:</c>, lists of words or phrases that mean the same to a reader
/// (<c>[baby, infant, newborn]</c>, <c>[blood cancer, leukemia]</c>). Each group becomes an alias group of the index, so a
/// page that says any of them is found by all of them. A broken file is an error; an unknown key, an empty group, a
/// group of one and a word already in another group are warnings, each at its line and column.
/// </summary>
internal static class SynonymsReader
{
    /// <summary>Where editors keep the synonyms, from the site root.</summary>
    public const string Path = "input/data/synonyms.yml";

    /// <summary>The groups of <paramref name="text"/> (empty, with a diagnostic, when it cannot be read).</summary>
    public static ValueArray<SearchAliasGroup> Read(string text, DiagnosticBag diagnostics)
    {
        if (YamlLimits.TooLong(text) is { } tooLong)
        {
            diagnostics.Error(SourceSpan.File(Path), DiagnosticIds.InvalidSynonyms, tooLong);
            return [];
        }
        YamlNode? root;
        try
        {
            root = YamlLimits.Load(text).Documents.FirstOrDefault()?.RootNode;
        }
        catch (Exception e) when (e is YamlException or LimitException or InvalidOperationException)
        {
            var (line, column) = e is YamlException y ? ((int)y.Start.Line, (int)y.Start.Column) : e is LimitException l ? (l.Line, l.Column) : (1, 1);
            diagnostics.Error(new SourceSpan(Path, Math.Max(1, line), Math.Max(1, column)), DiagnosticIds.InvalidSynonyms, $"invalid YAML: {e.Message}");
            return [];
        }
        if (root is null)
        {
            return [];
        }
        if (root is not YamlMappingNode mapping)
        {
            Error(root, "the file must be 'groups:' followed by a list of word groups, such as '- [baby, infant, newborn]'");
            return [];
        }
        var groups = new List<SearchAliasGroup>();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: "groups" })
            {
                Warning(key, $"unknown key '{(key as YamlScalarNode)?.Value}' (the file has only 'groups')");
                continue;
            }
            if (value is not YamlSequenceNode list)
            {
                if (value is not YamlScalarNode { Value: null or "" })
                {
                    Error(value, "'groups' must be a list of word groups, such as '- [baby, infant, newborn]'");
                }
                continue;
            }
            ReadGroups(list, groups);
        }
        return [.. groups];

        void ReadGroups(YamlSequenceNode list, List<SearchAliasGroup> groups)
        {
            var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var item in list.Children)
            {
                if (item is not YamlSequenceNode group)
                {
                    Error(item, "a group must be a list of words, such as '[baby, infant, newborn]'");
                    continue;
                }
                var words = new List<string>();
                foreach (var entry in group.Children)
                {
                    if (entry is not YamlScalarNode { Value: { } word } || string.IsNullOrWhiteSpace(word))
                    {
                        Error(entry, "a synonym must be a word or a phrase");
                        continue;
                    }
                    word = word.Trim();
                    var key = string.Join(' ', SearchText.Fold(word).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    if (seen.TryGetValue(key, out var first))
                    {
                        Warning(entry, $"'{word}' is already in the group at line {first.Start.Line}; a word belongs to one group");
                        continue;
                    }
                    seen[key] = group;
                    words.Add(word);
                }
                if (group.Children.Count == 0)
                {
                    Warning(group, "empty group");
                }
                else if (words.Count == 1)
                {
                    Warning(group, $"a group of one word ('{words[0]}') finds nothing more");
                }
                if (words.Count > 1)
                {
                    groups.Add(new SearchAliasGroup(words[0], [.. words.Skip(1)]));
                }
            }
        }

        void Error(YamlNode node, string message) =>
            diagnostics.Error(new SourceSpan(Path, (int)node.Start.Line, (int)node.Start.Column), DiagnosticIds.InvalidSynonyms, message);

        void Warning(YamlNode node, string message) =>
            diagnostics.Warning(new SourceSpan(Path, (int)node.Start.Line, (int)node.Start.Column), DiagnosticIds.SynonymsWarning, message);
    }
}
