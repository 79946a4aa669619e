using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using RareNewsSite.Benchmarks.Corpus;
using RareNewsSite.Benchmarks.Site;
using RareNewsSite.Building;
using RareNewsSite.Relevance;

namespace RareNewsSite.Benchmarks.Search;

/// <summary>
/// <c>relevance [--pagefind PATH]</c>: the relevance set (<see cref="RelevanceSet"/>) over the example site and the
/// generated one, in our search page and, when given, in Pagefind's over the same built pages. Prints the share of
/// queries with an expected article first and in the top 3, per site and in all, and each miss.
/// </summary>
internal static class RelevanceBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var pagefind = Option(args, "--pagefind");
        var repo = RepositoryLocator.Find(Option(args, "--repo"));
        var work = Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "rarenews-relevance-bench");
        var queries = RelevanceSet.Load(repo);
        var corpus = new CorpusGenerator().Generate(RelevanceSet.GeneratedArticles);
        var generatedRoot = Path.Combine(work, "generated");
        SiteFolderWriter.Write(corpus, generatedRoot, repo);
        var sites = new[]
        {
            ("example", repo, Path.Combine(work, "example-output"),
                queries.Where(q => q.Site == "example").SelectMany(q => q.Expected).Distinct().Select(s => (s, (IReadOnlyList<string>)[], (IReadOnlyList<string>)[])).ToList()),
            ("generated", generatedRoot, Path.Combine(generatedRoot, "output"), corpus.Articles.Select(a => (a.Slug, a.Diseases, a.Drugs)).ToList()),
        };

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var ours = new List<(RelevanceQuery, HashSet<string>, string[])>();
        var theirs = new List<(RelevanceQuery, HashSet<string>, string[])>();
        foreach (var (name, root, output, frontMatter) in sites)
        {
            var result = await SiteBuilder.BuildToFolderAsync(root, output, new BuildRequest());
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Take(5)));
            }
            if (pagefind is not null)
            {
                using var process = Process.Start(new ProcessStartInfo(pagefind, ["--site", output, "--glob", "articles/**/*.html", "--silent"])) ?? throw new InvalidOperationException("pagefind did not start");
                await process.WaitForExitAsync();
                await File.WriteAllTextAsync(Path.Combine(output, "pagefind-relevance.html"), PagefindPage);
            }
            using var server = new GzipFileServer(output);
            var ourPage = await browser.NewPageAsync();
            await ourPage.GotoAsync(server.BaseUrl + "/search/");
            var pagefindPage = pagefind is null ? null : await browser.NewPageAsync();
            if (pagefindPage is not null)
            {
                await pagefindPage.GotoAsync(server.BaseUrl + "/pagefind-relevance.html");
                await pagefindPage.WaitForFunctionAsync("window.ready === true");
            }
            foreach (var query in queries.Where(q => q.Site == name))
            {
                var expected = RelevanceSet.ExpectedUrls(query, frontMatter);
                ours.Add((query, expected, await RelevanceSet.OursAsync(ourPage, query.Text)));
                if (pagefindPage is not null)
                {
                    var urls = await pagefindPage.EvaluateAsync<JsonElement>("q => runQuery(q)", query.Text);
                    theirs.Add((query, expected, [.. urls.EnumerateArray().Select(u => u.GetString()!)]));
                }
            }
        }
        Report("ours", ours);
        if (pagefind is not null)
        {
            Report("Pagefind 1.6.0", theirs);
        }
        return 0;
    }

    private static void Report(string engine, List<(RelevanceQuery Query, HashSet<string> Expected, string[] Hits)> runs)
    {
        Console.WriteLine($"\n{engine}");
        foreach (var site in new[] { "example", "generated" })
        {
            Console.WriteLine($"  {site}: {RelevanceSet.Score([.. runs.Where(r => r.Query.Site == site)]).Summary}");
        }
        var all = RelevanceSet.Score(runs);
        Console.WriteLine($"  all: {all.Summary}");
        foreach (var miss in all.Misses)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {miss}"));
        }
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    // Pagefind's own ranking over the same article pages: the top ten result addresses.
    private const string PagefindPage = """
        <!doctype html><html lang="en"><meta charset="utf-8"><title>Pagefind relevance</title>
        <script type="module">
        window.runQuery = async (q) => {
          window.pagefind ??= await import('/pagefind/pagefind.js');
          const search = await window.pagefind.search(q);
          const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
          return data.map((d) => d.url);
        };
        window.ready = true;
        </script>
        """;
}
