using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using RareNewsSite.Benchmarks.Corpus;
using RareNewsSite.Benchmarks.Phases;
using RareNewsSite.Benchmarks.Site;
using RareNewsSite.Building;
using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Markdown;
using RareNewsSite.Modules;
using RareNewsSite.Pipelines;
using RareNewsSite.Site;
using RareNewsSite.Templates;

namespace RareNewsSite.Benchmarks.Search;

/// <summary>
/// <c>search --articles 10000 --pagefind PATH</c>: builds a generated site, times our index, runs Pagefind over
/// the same output, then drives Chromium over both for the same queries and counts the bytes each downloads.
/// </summary>
internal static class SearchBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--articles") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
        var work = Option(args, "--work") ?? Path.Combine(Path.GetTempPath(), "rarenews-search-bench");
        var pagefind = Option(args, "--pagefind");
        var repo = RepositoryLocator.Find(Option(args, "--repo"));
        var site = Path.Combine(work, count.ToString(CultureInfo.InvariantCulture));
        var output = Path.Combine(site, "output");

        var corpus = new CorpusGenerator().Generate(count);
        SiteFolderWriter.Write(corpus, site, repo);
        var (buildTime, indexTimes) = await BuildAsync(site, output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} articles built in {buildTime.TotalSeconds:0.0} s; BuildSearchIndex {string.Join(" / ", indexTimes.Select(t => $"{t.TotalSeconds:0.00} s"))} (build, then re-runs)"));
        Report("ours", Folder(Path.Combine(output, "search"), f => !f.EndsWith("index.html", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(output, "assets"), "search*.js")));

        if (pagefind is not null)
        {
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo(pagefind, ["--site", output, "--glob", "articles/**/*.html", "--silent"])) ?? throw new InvalidOperationException("pagefind did not start");
            await process.WaitForExitAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pagefind exited {process.ExitCode} after {stopwatch.Elapsed.TotalSeconds:0.0} s"));
            Report("pagefind", Folder(Path.Combine(output, "pagefind"), _ => true));
            await File.WriteAllTextAsync(Path.Combine(output, "pagefind-bench.html"), PagefindPage);
        }

        // Queries with a known answer: a drug and a disease name, relevant where the front matter lists them.
        var drug = corpus.Articles[0].Drugs[0];
        var disease = corpus.Diseases[0];
        var queries = new[]
        {
            new BrowserProbe.Query(drug, corpus.Articles.Where(a => a.Drugs.Contains(drug)).Select(a => $"/articles/{a.Slug}/").ToHashSet(StringComparer.Ordinal)),
            new BrowserProbe.Query(disease.Name.ToLowerInvariant(), corpus.Articles.Where(a => a.Diseases.Contains(disease.Key)).Select(a => $"/articles/{a.Slug}/").ToHashSet(StringComparer.Ordinal)),
        };
        using var server = new GzipFileServer(output);
        await BrowserProbe.RunAsync(server.BaseUrl, queries, pagefind is not null);
        return 0;
    }

    private static async Task<(TimeSpan Build, List<TimeSpan> Index)> BuildAsync(string site, string output)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
        var tally = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
        var total = Stopwatch.StartNew();
        var files = new PhysicalFileSystem(site);
        var request = new BuildRequest
        {
            Options = new BuildOptions { Clock = new FixedTime(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) },
            Pipelines = () => [.. SitePipelines.All().Select(p => p.Name != PipelineNames.SearchIndex ? p : new Pipeline(p.Name)
            {
                DependsOn = p.DependsOn,
                // The index is the pipeline's last Process step (the synonyms are read before it).
                Process = [.. p.Process.SkipLast(1), new TimedModule(p.Process[^1], "index", tally)],
                PostProcess = p.PostProcess,
                Output = p.Output,
            })],
        };
        var result = await SiteBuilder.BuildAsync(files, new PhysicalOutputFolder(output), request);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Take(5)));
        }
        // The index is built once per build: its module time inside the build is the figure.
        return (total.Elapsed, [tally["index"]]);
    }

    private static IEnumerable<string> Folder(string folder, Func<string, bool> keep) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(keep);

    private static void Report(string name, IEnumerable<string> files)
    {
        var list = files.ToList();
        var raw = list.Sum(f => new FileInfo(f).Length);
        var gzip = list.Sum(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal)
            ? GzipFileServer.Gzip(File.ReadAllBytes(f)).Length : new FileInfo(f).Length);
        var disk = list.Sum(f => (new FileInfo(f).Length + 4095) / 4096 * 4096);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {list.Count:N0} files, {raw / 1024.0 / 1024:0.00} MiB, {gzip / 1024.0 / 1024:0.00} MiB as served gzipped, {disk / 1024.0 / 1024:0.0} MiB on disk in 4 KiB blocks"));
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private const string PagefindPage = """
        <!doctype html><html lang="en"><meta charset="utf-8"><title>Pagefind benchmark</title>
        <script type="module">
        window.runQuery = async (q) => {
          window.pagefind ??= await import('/pagefind/pagefind.js');
          const search = await window.pagefind.search(q);
          const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
          return { total: search.results.length, urls: data.map((d) => d.url) };
        };
        window.ready = true;
        </script>
        """;
}
