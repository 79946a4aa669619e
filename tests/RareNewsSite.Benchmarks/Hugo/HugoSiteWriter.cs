using System.Text;
using System.Text.RegularExpressions;
using RareNewsSite.Benchmarks.Corpus;

namespace RareNewsSite.Benchmarks.Hugo;

/// <summary>
/// Writes the same corpus as a minimal Hugo site doing comparable work: every article page, a home page
/// paginated by 10, and taxonomy pages for tags, diseases and authors; RSS and sitemap stay on (Hugo's defaults).
/// The bodies are the same Markdown, except that <c>other.md#id</c> links become <c>/articles/other/#id</c>
/// (Hugo's Markdown renderer does not resolve <c>.md</c> links). Our <c>:::</c> container fences and
/// <c>*[ABBR]:</c> lines have no meaning to Hugo and render as plain paragraphs.
/// </summary>
internal static partial class HugoSiteWriter
{
    public static void Write(GeneratedCorpus corpus, string siteRoot)
    {
        SiteFolderWriter.RecreateFolder(siteRoot);
        SiteFolderWriter.WriteFile(Path.Combine(siteRoot, "config.toml"), Config);
        foreach (var article in corpus.Articles)
        {
            SiteFolderWriter.WriteFile(Path.Combine(siteRoot, "content", "articles", article.Slug + ".md"), ArticleText(article));
        }
        SiteFolderWriter.WriteFile(Path.Combine(siteRoot, "content", "about.md"), SiteFolderWriter.AboutPage);
        foreach (var (name, text) in HugoLayouts.All)
        {
            SiteFolderWriter.WriteFile(Path.Combine(siteRoot, "layouts", "_default", name), text);
        }
    }

    // `paginate` is the Hugo 0.111 (Debian bookworm) spelling; newer Hugo reads it too, with a deprecation note.
    private const string Config = """
        baseURL = "https://example.org/"
        title = "Rare News"
        languageCode = "en"
        paginate = 10

        [taxonomies]
          tag = "tags"
          disease = "diseases"
          author = "authors"
        """;

    public static string ArticleText(GeneratedArticle article)
    {
        var text = new StringBuilder(article.Body.Length + 512);
        text.Append("---\n");
        text.Append("title: ").Append(YamlText.Quote(article.Title)).Append('\n');
        text.Append("date: ").Append(YamlText.Date(article.Date)).Append('\n');
        text.Append("summary: ").Append(YamlText.Quote(article.Summary)).Append('\n');
        text.Append("tags: ").Append(YamlText.List(article.Tags)).Append('\n');
        text.Append("diseases: ").Append(YamlText.List(article.Diseases)).Append('\n');
        text.Append("authors: ").Append(YamlText.List([article.Author])).Append('\n');
        text.Append("---\n\n").Append(MarkdownLink().Replace(article.Body, "](/articles/$1/$2)"));
        return text.ToString();
    }

    [GeneratedRegex(@"\]\(([a-z0-9-]+)\.md(#[a-z0-9-]+)?\)")]
    private static partial Regex MarkdownLink();
}
