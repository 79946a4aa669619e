using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using RareNewsSite.Benchmarks.Corpus;
using RareNewsSite.Benchmarks.Site;
using RareNewsSite.Building;
using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Markdown;
using RareNewsSite.Pipelines;
using RareNewsSite.Site;
using RareNewsSite.Templates;

namespace RareNewsSite.Benchmarks.Phases;

/// <summary>
/// <c>phases --articles N</c>: builds a generated site in process, the way <see cref="SiteBuilder"/> does, with
/// every module wrapped in a stopwatch, and prints where the time went. Pipelines run concurrently, so module
/// times overlap and may add up to more than the wall time; they rank the steps, they do not partition a build.
/// After the table, the search index module runs three more times on its own, with the same inputs: its time
/// without the other pipelines competing for the cores.
/// </summary>
internal static class PhaseProfiler
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = SiteBenchmarkOptions.Parse(args);
        var repoRoot = RepositoryLocator.Find(options.Repo);
        foreach (var count in options.Articles)
        {
            var site = Path.Combine(options.Work, count.ToString(CultureInfo.InvariantCulture), "rarenews");
            SiteFolderWriter.Write(new CorpusGenerator().Generate(count), site, repoRoot);
            var tally = new ConcurrentDictionary<string, TimeSpan>(StringComparer.Ordinal);
            var runs = new ConcurrentDictionary<string, TimedModule.Run>(StringComparer.Ordinal);
            var total = Stopwatch.StartNew();
            var files = new PhysicalFileSystem(site);
            var request = new BuildRequest
            {
                Options = new BuildOptions { Clock = new FixedTime(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) },
                SettingOverrides = new Dictionary<string, string> { ["PageSize"] = "10" },
                Pipelines = () => [.. SitePipelines.All().Select(p => Timed(p, tally, runs))],
            };
            var result = await SiteBuilder.BuildAsync(files, new InMemoryOutputFolder(), request);
            var diagnostics = result.Diagnostics;
            var setup = TimeSpan.Zero;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"## {count:N0} articles: {total.Elapsed.TotalSeconds:0.00} s in process (settings and templates {setup.TotalMilliseconds:0} ms), {diagnostics.Count} diagnostics\n"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections; {GC.GetTotalPauseDuration().TotalSeconds:0.00} s paused; server GC {System.Runtime.GCSettings.IsServerGC}; CPU time {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.0} s\n"));
            Console.WriteLine("| Pipeline / phase / module | Time |\n|---|---:|");
            foreach (var (key, time) in tally.OrderByDescending(kv => kv.Value).Take(15))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {key} | {time.TotalSeconds:0.000} s |"));
            }
            Console.WriteLine();
            await RerunAsync(runs, SearchIndexKey);
        }
        return 0;
    }

    private const string SearchIndexKey = "SearchIndex / Process / Cached(BuildSearchIndex)";

    /// <summary>Runs a module of the build three more times on its own (no cache: each run starts from nothing) and prints the times.</summary>
    private static async Task RerunAsync(ConcurrentDictionary<string, TimedModule.Run> runs, string key)
    {
        if (!runs.TryGetValue(key, out var run))
        {
            return;
        }
        var times = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await run.Module.ExecuteAsync(run.Inputs, run.Context, CancellationToken.None);
            times.Add(stopwatch.Elapsed);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{key}, run again on its own: {string.Join(" / ", times.Select(t => $"{t.TotalSeconds:0.000} s"))}\n"));
    }

    // The module a caching step runs, by name (ForEach(ParseMarkdown) rather than ForEachStep).
    private static string NameOf(IModule module) => module switch
    {
        RareNewsSite.Engine.Incremental.ForEachStep step => $"ForEach({step.Name})",
        RareNewsSite.Engine.Incremental.CachedStep step => $"Cached({step.Name})",
        _ => module.GetType().Name,
    };

    /// <summary>The pipeline with every module timed into <paramref name="tally"/>.</summary>
    public static Pipeline Timed(Pipeline p, ConcurrentDictionary<string, TimeSpan> tally, ConcurrentDictionary<string, TimedModule.Run>? runs = null)
    {
        IReadOnlyList<IModule> Wrap(IReadOnlyList<IModule> modules, string phase) =>
            [.. modules.Select(m => new TimedModule(m, $"{p.Name} / {phase} / {NameOf(m)}", tally, runs))];
        return new Pipeline(p.Name)
        {
            DependsOn = p.DependsOn,
            Input = Wrap(p.Input, "Input"),
            Process = Wrap(p.Process, "Process"),
            PostProcess = Wrap(p.PostProcess, "PostProcess"),
            Output = Wrap(p.Output, "Output"),
        };
    }
}
