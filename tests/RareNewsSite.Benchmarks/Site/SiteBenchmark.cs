using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using RareNewsSite.Benchmarks.Corpus;
using RareNewsSite.Benchmarks.Hugo;

namespace RareNewsSite.Benchmarks.Site;

/// <summary>
/// The whole-site benchmark: generates each corpus once, then builds it <c>runs</c> times with our CLI and
/// with Hugo, alternating (ours, Hugo, ours, Hugo…) so that noise on a shared machine hits both alike.
/// Both run as child processes, so times include start-up and peak memory is the whole process's.
/// </summary>
internal sealed partial class SiteBenchmark(SiteBenchmarkOptions options)
{
    // Fixed "now" for our builds: every generated date lies before it, and output does not depend on the day.
    private const string Clock = "2026-01-01T00:00:00Z";

    public async Task<IReadOnlyList<CorpusResult>> RunAsync(string repoRoot, string cliDll)
    {
        var results = new List<CorpusResult>();
        foreach (var count in options.Articles)
        {
            Console.Error.WriteLine($"[{count} articles] generating the corpus…");
            var corpus = new CorpusGenerator().Generate(count);
            var folder = Path.Combine(options.Work, count.ToString(CultureInfo.InvariantCulture));
            var ourSite = Path.Combine(folder, "rarenews");
            var hugoSite = Path.Combine(folder, "hugo");
            SiteFolderWriter.Write(corpus, ourSite, repoRoot);
            if (options.Hugo)
            {
                HugoSiteWriter.Write(corpus, hugoSite);
            }
            var ourOut = Path.Combine(folder, "out-rarenews");
            var hugoOut = Path.Combine(folder, "out-hugo");
            // Hugo's pager is 10; our default PageSize is too, but the example statiq.json sets 5.
            string[] ourArgs = [cliDll, "build", "-r", ourSite, "-o", ourOut, "--clock", Clock, "--setting", "PageSize=10"];
            string[] hugoArgs = ["--quiet", "-s", hugoSite, "-d", hugoOut];
            var ours = new List<Measurement>();
            var hugo = new List<Measurement>();
            var variants = options.Variants.Select(v => (v.Label, Args: (string[])[.. ourArgs[..2], "-r", ourSite, "-o", ourOut + "-" + v.Label, .. ourArgs[6..], "--setting", v.Setting],
                Out: ourOut + "-" + v.Label, Runs: new List<Measurement>())).ToList();
            for (var run = -options.Warmups; run < options.Runs; run++)
            {
                var label = run < 0 ? "warm-up" : $"run {run + 1}/{options.Runs}";
                Record(ours, run, await MeasureAsync("dotnet", ourArgs, ourOut, options.Environment), $"[{count}] {label} rarenews");
                if (options.Hugo)
                {
                    Record(hugo, run, await MeasureAsync("hugo", hugoArgs, hugoOut, new Dictionary<string, string>()), $"[{count}] {label} hugo");
                }
                foreach (var variant in variants)
                {
                    Record(variant.Runs, run, await MeasureAsync("dotnet", variant.Args, variant.Out, options.Environment), $"[{count}] {label} rarenews {variant.Label}");
                }
            }
            var inputBytes = new DirectoryInfo(Path.Combine(ourSite, "input")).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            var words = (int)corpus.Articles.Average(a => WordPattern().Count(a.Body));
            results.Add(new CorpusResult(count, corpus.Diseases.Count, corpus.Authors.Count, corpus.TagCount, inputBytes, words,
                Summarise("RareNewsSite", ours, ourOut),
                options.Hugo ? Summarise("Hugo", hugo, hugoOut) : null,
                (ours.LastOrDefault()?.Output.Split('\n')[0] ?? "").Replace(options.Work, "<work>", StringComparison.Ordinal),
                [.. variants.Select(v => Summarise($"RareNewsSite {v.Label}", v.Runs, v.Out))]));
        }
        return results;
    }

    private static async Task<Measurement> MeasureAsync(string tool, string[] args, string outputFolder, IReadOnlyDictionary<string, string> environment)
    {
        // Each build starts from an empty output folder: Hugo would otherwise keep stale files, and ours swaps.
        if (Directory.Exists(outputFolder))
        {
            Directory.Delete(outputFolder, recursive: true);
        }
        var measurement = await ProcessMeasurer.RunAsync(tool, args, environment);
        if (measurement.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} exited with {measurement.ExitCode}:\n{Tail(measurement.Output)}");
        }
        return measurement;
    }

    private static void Record(List<Measurement> runs, int run, Measurement measurement, string label)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {measurement.Seconds:0.00} s wall, {measurement.CpuSeconds:0.00} s CPU, {measurement.PeakRssKilobytes / 1024.0:0} MB"));
        if (run >= 0)
        {
            runs.Add(measurement);
        }
    }

    private static ToolResult Summarise(string tool, List<Measurement> runs, string outputFolder)
    {
        var files = Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories).ToList();
        return new ToolResult(tool, runs, files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), files.Count);
    }

    private static string Tail(string text) => text.Length > 2_000 ? text[^2_000..] : text;

    /// <summary>Builds the CLI in Release so the benchmark measures what users run; returns the path of <c>rarenews.dll</c>.</summary>
    public static async Task<string> BuildCliAsync(string repoRoot, bool build)
    {
        var project = Path.Combine(repoRoot, "src", "RareNewsSite.Cli", "RareNewsSite.Cli.csproj");
        if (build)
        {
            Console.Error.WriteLine("building the CLI in Release…");
            using var process = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "quiet"])
            {
                RedirectStandardOutput = true,
            }) ?? throw new InvalidOperationException("could not start dotnet build");
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet build of the CLI failed:\n" + Tail(output));
            }
        }
        var dll = Path.Combine(repoRoot, "src", "RareNewsSite.Cli", "bin", "Release", "net10.0", "rarenews.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("the CLI is not built; drop --no-build", dll);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
