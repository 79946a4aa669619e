using System.Globalization;
using System.Text;
using RareNewsSite.IO;
using RareNewsSite.Tests.Infrastructure;

namespace RareNewsSite.Tests.Incremental;

/// <summary>
/// A small site in memory, with the repository's theme, that random edits change one file at a time. Articles
/// are kept as models and written out again on each edit, so an edit of a broken article also repairs it.
/// </summary>
internal sealed class RandomSite
{
    private static readonly string[] Authors = ["ann", "ben", "cat"];
    private static readonly string[] Diseases = ["fabry", "sma", "cf"];
    private static readonly string[] Tags = ["research", "trials", "family", "screening", "care"];
    private static readonly string[] Words = ["patients", "doctors", "study", "families", "results", "early", "care", "trial", "treatment", "news"];
    private readonly Random _random;
    private readonly Dictionary<string, ArticleModel> _articles = new(StringComparer.Ordinal);
    private int _next;
    private (string Path, string Text)? _broken;
    private int _edits;

    public RandomSite(int seed)
    {
        _random = new Random(seed);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "theme"), "*", SearchOption.AllDirectories))
        {
            Files.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
        Files.Add("statiq.json", """{ "SiteTitle": "Random", "Host": "example.org", "PageSize": 3 }""");
        Files.Add("input/pages/about.md", "---\ntitle: About us\n---\n\nWe write about [the first story](../articles/stable-0.md#background).\n");
        foreach (var author in Authors)
        {
            Files.Add($"input/authors/{author}.md", $"---\nname: {Title(author)} Writer\n---\n\n{Sentence()}\n");
        }
        foreach (var disease in Diseases)
        {
            Files.Add($"input/diseases/{disease}.md", $"---\nname: {Title(disease)} disease\nsymptoms:\n  - Tiredness\n---\n\n{Sentence()}\n");
        }
        for (var i = 0; i < 2; i++)
        {
            Put(new ArticleModel { Path = $"input/articles/stable-{i}.md" }.Randomise(this));
        }
        for (var i = 0; i < 8; i++)
        {
            AddArticle();
        }
    }

    public InMemoryFileSystem Files { get; } = new();

    /// <summary>Applies one random edit and returns the paths it changed.</summary>
    public IReadOnlyList<string> Edit()
    {
        // A template broken by the last edit is repaired along with this one.
        if (_broken is { } broken)
        {
            Files.Add(broken.Path, broken.Text);
            _broken = null;
            return [broken.Path, .. Change()];
        }
        return Change();
    }

    private IReadOnlyList<string> Change()
    {
        _edits++;
        var paths = _articles.Keys.Order(StringComparer.Ordinal).ToList();
        var article = _articles[paths[_random.Next(paths.Count)]];
        switch (_random.Next(21))
        {
            case 0 or 1: article.Body = Paragraphs(); break;
            case 2: article.Title = Sentence(4); break;
            case 3: article.Date = RandomDate(); break;
            case 4: article.Tags = Pick(Tags, _random.Next(0, 3)); break;
            case 5: article.Diseases = Pick(Diseases, _random.Next(0, 3)); break;
            case 6: article.Author = Authors[_random.Next(Authors.Length)]; break;
            case 7: article.Draft = !article.Draft; break;
            case 8: return [AddArticle()];
            case 9:
                var removable = paths.Where(p => !p.Contains("stable", StringComparison.Ordinal)).ToList();
                if (removable.Count == 0)
                {
                    return [AddArticle()];
                }
                var gone = removable[_random.Next(removable.Count)];
                _articles.Remove(gone);
                Files.Remove(gone);
                return [gone];
            case 10:
                var author = Authors[_random.Next(Authors.Length)];
                return [Write($"input/authors/{author}.md", $"---\nname: {Title(author)} {Title(Words[_random.Next(Words.Length)])}\n---\n\n{Sentence()}\n")];
            case 11:
                var disease = Diseases[_random.Next(Diseases.Length)];
                return [Write($"input/diseases/{disease}.md", $"---\nname: {Title(disease)} {Words[_random.Next(Words.Length)]}\nsymptoms:\n  - {Title(Words[_random.Next(Words.Length)])}\n---\n\n{Sentence()}\n")];
            case 12:
                var templates = Files.ListFiles("theme", ".sbn-html");
                var template = templates[_random.Next(templates.Count)];
                return [Write(template, Encoding.UTF8.GetString(Files.ReadAllBytes(template)) + $"<!-- edit {_edits} -->\n")];
            case 13: return [Write("input/pages/about.md", $"---\ntitle: About {Words[_random.Next(Words.Length)]}\n---\n\nWe write about [the first story](../articles/stable-0.md#background).\n")];
            case 14: return [Write("theme/assets/site.css", Encoding.UTF8.GetString(Files.ReadAllBytes("theme/assets/site.css")) + $"/* {_edits} */\n")];
            case 15 when _random.Next(3) == 0: return [Write("statiq.json", $$"""{ "SiteTitle": "Random {{_edits}}", "Host": "example.org", "PageSize": {{_random.Next(2, 5)}} }""")];
            case 15: article.Slug = article.Path.Contains("stable", StringComparison.Ordinal) && _random.Next(2) == 0 ? $"moved-{_edits}" : null; break;
            case 16:
                // A template that fails while rendering (a missing variable): its pages are dropped and the build fails.
                var layouts = Files.ListFiles("theme/layouts", ".sbn-html").Where(l => !l.EndsWith("base.sbn-html", StringComparison.Ordinal)).ToList();
                var layout = layouts[_random.Next(layouts.Count)];
                var text = Encoding.UTF8.GetString(Files.ReadAllBytes(layout));
                _broken = (layout, text);
                return [Write(layout, text + "{{ no_such_variable.field }}\n")];
            case 17:
                // A long body: the card's reading time changes with it.
                article.Body = string.Join("\n\n", Enumerable.Range(0, _random.Next(10, 40)).Select(_ => Sentence(20)));
                break;
            case 18: article.Summary = Sentence(6); break;
            case 19:
                // The theme starts (or stops) showing a card field on every list: the reading time.
                const string card = "theme/partials/article-card.sbn-html";
                const string shown = "<p class=\"reading\">{{ item.reading_minutes }} min read</p>\n";
                var cardText = Encoding.UTF8.GetString(Files.ReadAllBytes(card));
                return [Write(card, cardText.Contains(shown, StringComparison.Ordinal)
                    ? cardText.Replace(shown, "", StringComparison.Ordinal)
                    : cardText.Replace("</li>", shown + "</li>", StringComparison.Ordinal))];
            default:
                // A broken front matter: the next edit of this article repairs it.
                return [Write(article.Path, "---\ntitle: [unclosed\n---\n\nBroken.\n")];
        }
        return [Put(article)];
    }

    private string AddArticle() => Put(new ArticleModel { Path = $"input/articles/{(_next++).ToString(CultureInfo.InvariantCulture)}-story.md" }.Randomise(this));

    private string Put(ArticleModel article)
    {
        _articles[article.Path] = article;
        return Write(article.Path, article.ToText());
    }

    private string Write(string path, string text)
    {
        Files.Add(path, text);
        return path;
    }

    private string Sentence(int words = 8) =>
        Title(string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[_random.Next(Words.Length)]))) + ".";

    private string Paragraphs()
    {
        var text = new StringBuilder();
        text.Append(Sentence(12)).Append("\n\n## Background\n\n").Append(Sentence(10)).Append('\n');
        if (_random.Next(2) == 0)
        {
            text.Append("\nSee [the other story](stable-1.md#background).\n");
        }
        if (_random.Next(3) == 0)
        {
            text.Append("\n## Details\n\n- ").Append(Sentence(3)).Append("\n\n::: symptoms\n- Fever\n:::\n");
        }
        return text.ToString();
    }

    private DateTimeOffset RandomDate() => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(_random.Next(0, 400));

    private string[] Pick(string[] from, int count) => [.. from.OrderBy(_ => _random.Next()).Take(count).Order(StringComparer.Ordinal)];

    private static string Title(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private sealed class ArticleModel
    {
        public required string Path { get; init; }
        public string Title { get; set; } = "";
        public string? Summary { get; set; }
        public DateTimeOffset Date { get; set; }
        public string Author { get; set; } = "ann";
        public string[] Diseases { get; set; } = [];
        public string[] Tags { get; set; } = [];
        public bool Draft { get; set; }
        public string? Slug { get; set; }
        public string Body { get; set; } = "";

        public ArticleModel Randomise(RandomSite site)
        {
            Title = site.Sentence(4);
            Date = site.RandomDate();
            Author = RandomSite.Authors[site._random.Next(RandomSite.Authors.Length)];
            Diseases = site.Pick(RandomSite.Diseases, site._random.Next(0, 2));
            Tags = site.Pick(RandomSite.Tags, site._random.Next(0, 3));
            Body = site.Paragraphs();
            return this;
        }

        public string ToText()
        {
            var text = new StringBuilder("---\n");
            text.Append("title: \"").Append(Title).Append("\"\n");
            text.Append("date: ").Append(Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("author: ").Append(Author).Append('\n');
            text.Append("summary: \"").Append(Summary ?? "About " + Title).Append("\"\n");
            text.Append("diseases: [").Append(string.Join(", ", Diseases)).Append("]\n");
            text.Append("tags: [").Append(string.Join(", ", Tags)).Append("]\n");
            if (Draft)
            {
                text.Append("draft: true\n");
            }
            if (Slug is not null)
            {
                text.Append("slug: ").Append(Slug).Append('\n');
            }
            return text.Append("---\n\n").Append(Body).ToString();
        }
    }
}
