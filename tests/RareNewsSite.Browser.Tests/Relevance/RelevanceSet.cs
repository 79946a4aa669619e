using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace RareNewsSite.Relevance;

/// <summary>One line of <c>queries.tsv</c>: what a reader types and the articles they look for.</summary>
internal sealed record RelevanceQuery(string Site, string Kind, string Text, IReadOnlyList<string> Expected, int Line);

/// <summary>
/// The relevance set (<c>tests/RareNewsSite.Browser.Tests/Relevance/queries.tsv</c>), shared by the browser test that
/// holds our search to it and by the benchmark that runs it against Pagefind too (linked into both projects).
/// </summary>
internal static class RelevanceSet
{
    /// <summary>The set's path inside the repository.</summary>
    public const string RelativePath = "tests/RareNewsSite.Browser.Tests/Relevance/queries.tsv";

    /// <summary>The example site's queries are over the repository's <c>input/</c>; the generated ones over this many generated articles.</summary>
    public const int GeneratedArticles = 300;

    /// <summary>Reads the set; a malformed line is an error naming it.</summary>
    public static List<RelevanceQuery> Load(string repositoryRoot)
    {
        var queries = new List<RelevanceQuery>();
        var lines = File.ReadAllLines(Path.Combine(repositoryRoot, RelativePath));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }
            var cells = lines[i].Split('\t');
            if (cells.Length != 4 || cells[0] is not ("example" or "generated"))
            {
                throw new FormatException($"{RelativePath}:{i + 1}: expected 'site<TAB>kind<TAB>query<TAB>expected'");
            }
            queries.Add(new RelevanceQuery(cells[0], cells[1], cells[2], cells[3].Split(' ', StringSplitOptions.RemoveEmptyEntries), i + 1));
        }
        return queries;
    }

    /// <summary>
    /// The addresses of the expected articles: slugs as they are, <c>disease:key</c> and <c>drug:name</c> through
    /// <paramref name="frontMatter"/> (an article's slug, diseases and drugs).
    /// </summary>
    public static HashSet<string> ExpectedUrls(RelevanceQuery query, IEnumerable<(string Slug, IReadOnlyList<string> Diseases, IReadOnlyList<string> Drugs)> frontMatter)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var articles = frontMatter.ToList();
        foreach (var expected in query.Expected)
        {
            var slugs = expected switch
            {
                _ when expected.StartsWith("disease:", StringComparison.Ordinal) => articles.Where(a => a.Diseases.Contains(expected[8..])).Select(a => a.Slug),
                _ when expected.StartsWith("drug:", StringComparison.Ordinal) => articles.Where(a => a.Drugs.Contains(expected[5..])).Select(a => a.Slug),
                _ => [expected],
            };
            urls.UnionWith(slugs.Select(s => $"/articles/{s}/"));
        }
        return urls;
    }

    /// <summary>Types <paramref name="query"/> into our search page (already open) and returns the result links shown.</summary>
    public static async Task<string[]> OursAsync(IPage page, string query)
    {
        await page.WaitForFunctionAsync("document.getElementById('search-q').getAttribute('role') === 'combobox'");
        await page.Locator("#search-q").FillAsync(query);
        await page.WaitForFunctionAsync($"document.getElementById('search-status').textContent.includes({JsonSerializer.Serialize("“" + query + "”")})");
        return await page.Locator("#search-list .search-hit").EvaluateAllAsync<string[]>("els => els.map(e => new URL(e.href).pathname)");
    }

    /// <summary>The share of queries with an expected article first and in the top 3, with each query's rank (-1: not in the first ten).</summary>
    public static RelevanceScore Score(IReadOnlyList<(RelevanceQuery Query, HashSet<string> Expected, string[] Hits)> runs)
    {
        var ranks = runs.Select(r => (r.Query, Rank: Array.FindIndex(r.Hits.Take(10).ToArray(), r.Expected.Contains))).ToList();
        return new RelevanceScore(ranks.Count, ranks.Count(r => r.Rank == 0), ranks.Count(r => r.Rank is >= 0 and < 3), ranks);
    }
}

/// <summary>How a run of the set went.</summary>
internal sealed record RelevanceScore(int Queries, int First, int TopThree, List<(RelevanceQuery Query, int Rank)> Ranks)
{
    /// <summary>One line: counts and shares.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Queries} queries: expected first {First} ({100.0 * First / Math.Max(1, Queries):0}%), in the top 3 {TopThree} ({100.0 * TopThree / Math.Max(1, Queries):0}%)");

    /// <summary>The queries whose expected article was not first, with their rank.</summary>
    public IEnumerable<string> Misses => Ranks.Where(r => r.Rank != 0)
        .Select(r => string.Create(CultureInfo.InvariantCulture, $"line {r.Query.Line} ({r.Query.Site}, {r.Query.Kind}) \"{r.Query.Text}\": {(r.Rank < 0 ? "not in the first ten" : $"rank {r.Rank + 1}")}"));
}
