using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using RareNewsSite.Benchmarks.Corpus;
using RareNewsSite.Benchmarks.Phases;
using RareNewsSite.Benchmarks.Site;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Pipelines;
using RareNewsSite.Preview;
using RareNewsSite.Site;

namespace RareNewsSite.Benchmarks.Preview;

/// <summary>
/// <c>preview --articles 1000 --runs 7</c>: a preview session over a generated site, in process. Each run saves
/// one file and times from the start of the save to the moment the reload message has been handed to the
/// open pages. The watcher and its debounce are left out (the changed path is handed over directly), so add
/// <c>--debounce</c> (100 ms by default) for what an editor sees.
/// </summary>
internal static class PreviewBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = SiteBenchmarkOptions.Parse(args);
        var repoRoot = RepositoryLocator.Find(options.Repo);
        foreach (var count in options.Articles)
        {
            var tally = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
            var site = Path.Combine(options.Work, count.ToString(CultureInfo.InvariantCulture), "preview");
            var corpus = new CorpusGenerator().Generate(count);
            SiteFolderWriter.Write(corpus, site, repoRoot);
            var request = new BuildRequest
            {
                Options = new BuildOptions { IncludeDrafts = true, IncludeFuture = true, Clock = new FixedTime(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) },
                SettingOverrides = new Dictionary<string, string>(options.Settings.Select(s => s.Split('=', 2)).Select(kv => KeyValuePair.Create(kv[0], kv[1])).Prepend(KeyValuePair.Create("PageSize", "10"))),
                Pipelines = options.Profile ? () => [.. SitePipelines.All().Select(p => PhaseProfiler.Timed(p, tally))] : SitePipelines.All,
            };
            using var session = new PreviewSession(new PhysicalFileSystem(site), request);
            var first = Stopwatch.StartNew();
            var initial = await session.RebuildAsync(null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"## {count:N0} articles: first build {first.Elapsed.TotalSeconds:0.0} s, {initial.Made} pages, {initial.Result.Errors} errors\n"));
            Console.WriteLine("| Edit | Median | Min | Max | Pages made |\n|---|---:|---:|---:|---:|");
            var article = corpus.Articles[count / 2];
            var author = corpus.Authors[0];
            var edits = new (string Name, string Path, Func<string, int, string> Change)[]
            {
                ("article body", $"input/articles/{article.Slug}.md", (text, i) => text.TrimEnd() + $"\n\nA new sentence number {i} from the benchmark.\n"),
                ("article title", $"input/articles/{article.Slug}.md", (text, i) => ReplaceLine(text, "title: ", $"title: \"Benchmark title {i}\"")),
                ("author bio", $"input/authors/{author.Key}.md", (text, i) => text.TrimEnd() + $" Edit {i}.\n"),
                ("template", "theme/layouts/article.sbn-html", (text, i) => text.TrimEnd() + $"\n<!-- edit {i} -->\n"),
            };
            foreach (var (name, path, change) in edits.Where(e => options.Edits.Count == 0 || options.Edits.Contains(e.Name)))
            {
                var full = Path.Combine(site, path);
                var original = await File.ReadAllTextAsync(full);
                var times = new List<double>();
                var rendered = 0;
                for (var i = 0; i < options.Warmups + options.Runs; i++)
                {
                    // The clock stops when the reload message goes out; the session tidies its caches after that.
                    var sent = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
                    var stopwatch = new Stopwatch();
                    void OnSent(string _) => sent.TrySetResult(stopwatch.Elapsed.TotalMilliseconds);
                    session.Reloads.Sent += OnSent;
                    tally.Clear();
                    var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
                    stopwatch.Start();
                    await File.WriteAllTextAsync(full, change(original, i));
                    var result = await session.RebuildAsync(ChangeSet.Of([path]));
                    var elapsed = await sent.Task;
                    var after = stopwatch.Elapsed.TotalMilliseconds - elapsed;
                    session.Reloads.Sent -= OnSent;
                    if (result.Result.Errors > 0)
                    {
                        Console.Error.WriteLine($"{name}: the edit broke the build: {result.Result.Diagnostics.First(d => d.IsError)}");
                        return 1;
                    }
                    if (options.Profile)
                    {
                        PrintSlowest(name, elapsed, tally);
                        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  after the reload message: {after:0} ms; GC: {GC.CollectionCount(0) - gcs.Item1} gen0, {GC.CollectionCount(1) - gcs.Item2} gen1, {GC.CollectionCount(2) - gcs.Item3} gen2, {(GC.GetTotalPauseDuration() - gcs.Item4).TotalMilliseconds:0} ms paused; heap {GC.GetTotalMemory(false) / 1e9:0.0} GB"));
                    }
                    if (i >= options.Warmups)
                    {
                        times.Add(elapsed);
                        rendered = result.Made;
                    }
                }
                await File.WriteAllTextAsync(full, original);
                await session.RebuildAsync(ChangeSet.Of([path]));
                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {times[times.Count / 2]:0} ms | {times[0]:0} ms | {times[^1]:0} ms | {rendered} |"));
            }
            Console.WriteLine();
        }
        return 0;
    }

    private static void PrintSlowest(string edit, double elapsed, ConcurrentDictionary<string, TimeSpan> tally)
    {
        var slowest = tally.OrderByDescending(kv => kv.Value).Take(80)
            .Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value.TotalMilliseconds:0}"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{edit} {elapsed:0} ms: {string.Join("; ", slowest)}"));
    }

    private static string ReplaceLine(string text, string prefix, string line)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        lines[index] = line;
        return string.Join('\n', lines);
    }
}
