using System.Text.RegularExpressions;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Cli.ExternalLinks;

/// <summary>One http(s) address written in a site's content file, and where.</summary>
public sealed record ExternalLink(string Url, SourceSpan Span);

/// <summary>
/// Finds every http:// and https:// address in the Markdown files under <c>input/</c>: in front matter (<c>sources</c>,
/// author and reviewer <c>links</c>) and in bodies (links, autolinks, bare addresses), with the line and column where
/// each starts. Code (fenced blocks and <c>`inline`</c> spans) is left out: an address there is an example, not a link.
/// </summary>
public static partial class ExternalLinkFinder
{
    /// <summary>Every address of every Markdown file under <paramref name="root"/>/input, in file and line order.</summary>
    public static IReadOnlyList<ExternalLink> Find(string root)
    {
        var input = Path.Combine(root, "input");
        if (!Directory.Exists(input))
        {
            return [];
        }
        var links = new List<ExternalLink>();
        foreach (var file in Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(root, file).Replace('\\', '/');
            links.AddRange(InText(path, File.ReadAllText(file)));
        }
        return links;
    }

    /// <summary>The addresses in one file's text.</summary>
    public static IEnumerable<ExternalLink> InText(string path, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }
            if (fenced)
            {
                continue;
            }
            var code = CodeSpans(line);
            foreach (Match match in Address().Matches(line))
            {
                if (!code.Any(c => match.Index > c.Start && match.Index < c.End))
                {
                    yield return new ExternalLink(match.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '*', '_'), new SourceSpan(path, i + 1, match.Index + 1));
                }
            }
        }
    }

    private static List<(int Start, int End)> CodeSpans(string line)
    {
        var spans = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '`')
            {
                if (open < 0)
                {
                    open = i;
                }
                else
                {
                    spans.Add((open, i));
                    open = -1;
                }
            }
        }
        return spans;
    }

    // Up to a space, a quote, an angle bracket or a closing bracket: the ends of an address in Markdown and YAML.
    [GeneratedRegex(@"[Hh][Tt][Tt][Pp][Ss]?://[^\s<>""'\)\]\}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
