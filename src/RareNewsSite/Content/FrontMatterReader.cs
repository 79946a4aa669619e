using Markdig.Extensions.Yaml;
using RareNewsSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RareNewsSite.Content;

/// <summary>Turns a front matter block into a <see cref="FrontMatter"/>, keeping YAML positions.</summary>
internal static class FrontMatterReader
{
    /// <summary>Parses the YAML of <paramref name="block"/>; null (with a diagnostic) when it is not a mapping.</summary>
    public static FrontMatter? Read(string path, YamlFrontMatterBlock block, DiagnosticBag diagnostics)
    {
        var lines = block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()).ToList();
        // Markdig keeps the fences in the block's lines; the YAML is what lies between them.
        if (lines.Count > 0 && lines[0].TrimEnd() == "---")
        {
            lines.RemoveAt(0);
        }
        if (lines.Count > 0 && lines[^1].TrimEnd() is "---" or "...")
        {
            lines.RemoveAt(lines.Count - 1);
        }
        var yaml = string.Join('\n', lines);
        var lineOffset = block.Line + 1; // block.Line is the 0-based line of the opening fence
        try
        {
            if (YamlLimits.TooLong(yaml) is { } tooLong)
            {
                diagnostics.Error(new SourceSpan(path, 1 + lineOffset, 1), DiagnosticIds.FrontMatterTooComplex, tooLong);
                return null;
            }
            var stream = YamlLimits.Load(yaml);
            var root = stream.Documents.FirstOrDefault()?.RootNode;
            if (root is not null and not YamlMappingNode)
            {
                diagnostics.Error(new SourceSpan(path, (int)root.Start.Line + lineOffset, (int)root.Start.Column),
                    DiagnosticIds.InvalidYaml, "front matter must be 'key: value' lines");
                return null;
            }
            return new FrontMatter(path, root as YamlMappingNode, lineOffset, diagnostics, lines);
        }
        catch (LimitException limit)
        {
            diagnostics.Error(new SourceSpan(path, limit.Line + lineOffset, Math.Max(1, limit.Column)), DiagnosticIds.FrontMatterTooComplex, limit.Message);
            return null;
        }
        catch (YamlException e)
        {
            var message = Describe(e);
            var (line, column) = ((int)e.Start.Line, (int)Math.Max(1, e.Start.Column));
            if (message.Contains("tabs", StringComparison.Ordinal) && FirstIndentingTab(lines) is { } tab)
            {
                (line, column) = tab; // YamlDotNet points at the enclosing mapping; the editor needs the tab
            }
            diagnostics.Error(new SourceSpan(path, line + lineOffset, column), DiagnosticIds.InvalidYaml, message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) when the text ends inside a flow
            // collection or a quoted value, so point at the last line of the front matter.
            diagnostics.Error(new SourceSpan(path, lines.Count + lineOffset, 1), DiagnosticIds.InvalidYaml,
                "invalid YAML: the front matter ends inside an unclosed '[', '{' or quote");
            return null;
        }
    }

    private static (int Line, int Column)? FirstIndentingTab(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].IndexOf('\t', 0, indent) is var tab and >= 0)
            {
                return (i + 1, tab + 1);
            }
        }
        return null;
    }

    private static string Describe(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        message = message.TrimEnd('.');
        if (message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) || e.InnerException is ArgumentException)
        {
            return "invalid YAML: a key appears twice";
        }
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return "invalid YAML: tabs are not allowed for indentation; use spaces";
        }
        if (message.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase) ||
            message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return "invalid YAML: a 'key: value' is not allowed here; check this line's indentation, or quote a value that contains ': '";
        }
        return "invalid YAML: " + (message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message);
    }
}
