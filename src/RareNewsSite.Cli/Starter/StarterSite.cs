using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RareNewsSite.Cli.Starter;

/// <summary>
/// The files <c>rarenews init</c> writes: settings, a .gitignore, a README for the site's editors, one valid example
/// of each kind of content, and VS Code's settings with the JSON Schemas of the settings and front matter. The theme is not copied: the site uses the one built into the tool.
/// </summary>
internal static class StarterSite
{
    /// <summary>The site's title when <c>--title</c> is not given.</summary>
    public const string DefaultTitle = "Rare Disease News";

    /// <summary>Every file by site-relative path, with <paramref name="title"/> written into the settings and README.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string title) =>
    [
        .. EditorSettings.Files(),
        ("statiq.json", Settings(title)),
        (".gitignore", GitIgnore),
        ("README.md", EditorsReadme.Text(MarkdownText(title))),
        ("input/articles/blinatumomab-infant-leukemia.md", StarterContent.Article),
        ("input/authors/editor.md", StarterContent.Author),
        ("input/diseases/acute-lymphoblastic-leukemia.md", StarterContent.Disease),
        ("input/pages/about.md", StarterContent.About),
        ("input/pages/editorial-policy.md", StarterContent.EditorialPolicy),
    ];

    // JSON-encoded, so a title with quotes or backslashes stays one valid string.
    private static string Settings(string title) => $$"""
        {
          // The site's settings. Comments and trailing commas are allowed; a misspelt key is an error.
          "SiteTitle": {{JsonSerializer.Serialize(title, Json)}},
          "SiteDescription": "Plain-language news about rare diseases for patients, families and clinicians.",
          // The host name your site will be served from: feeds, the sitemap and canonical links need it.
          "Host": "news.example.org",
          // The path the site lives under, such as "/news/" (keep "/" at a domain's root).
          "LinkRoot": "/",
          "PageSize": 10
        }

        """;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    // The build's output, its kept previous build and staging folders, and the tool's own cache.
    private const string GitIgnore = """
        # Built site (rarenews build) and the folders a build keeps next to it
        /output/
        /output.previous/
        /output.building-*/
        /output.old-*/
        # rarenews's caches
        /.rarenews/

        """;

    // Markdown punctuation in a title would otherwise become emphasis, links or HTML in the README.
    private static string MarkdownText(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (@"\`*_{}[]<>()#+-.!|~".Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }
            builder.Append(char.IsControl(c) ? ' ' : c);
        }
        return builder.ToString();
    }
}
