using BenchmarkDotNet.Running;
using RareNewsSite.Benchmarks.Phases;
using RareNewsSite.Benchmarks.Site;

// `site …` runs the whole-site benchmark against Hugo; `hot …` hands the rest to BenchmarkDotNet.
const string Usage = "usage: site --articles 1000,10000 --runs 5 [--no-hugo] [--env KEY=VALUE]… | phases --articles 1000 | preview --articles 1000 --runs 7 | preview-e2e --articles 10000 --runs 5 [--warmup 1] [--cli DLL] [--work DIR] | search --articles 10000 --pagefind PATH | relevance [--pagefind PATH] | images --count 200 --megapixels 12 | cards --count 300 | example-photos | cache-size --articles 10000 | hot [BenchmarkDotNet options]";
try
{
    return await RunAsync(args);
}
catch (ArgumentException bad) // an unknown option or a bad value: say which, not where in the code
{
    Console.Error.WriteLine($"error: {bad.Message}");
    Console.Error.WriteLine(Usage);
    return 2;
}

static async Task<int> RunAsync(string[] args)
{
    switch (args.FirstOrDefault())
    {
        case "site":
            return await SiteCommand.RunAsync(args[1..]);
        case "search":
            return await RareNewsSite.Benchmarks.Search.SearchBenchmark.RunAsync(args[1..]);
        case "relevance":
            return await RareNewsSite.Benchmarks.Search.RelevanceBenchmark.RunAsync(args[1..]);
        case "preview":
            return await RareNewsSite.Benchmarks.Preview.PreviewBenchmark.RunAsync(args[1..]);
        case "preview-e2e":
            return await RareNewsSite.Benchmarks.Preview.PreviewEndToEndBenchmark.RunAsync(args[1..]);
        case "phases":
            return await PhaseProfiler.RunAsync(args[1..]);
        case "images":
            return await RareNewsSite.Benchmarks.Images.ImageBenchmark.RunAsync(args[1..]);
        case "cards":
            return RareNewsSite.Benchmarks.Images.CardBenchmark.Run(args[1..]);
        case "cache-size":
            return await RareNewsSite.Benchmarks.Cache.CacheSizeBenchmark.RunAsync(args[1..]);
        case "example-photos":
            return RareNewsSite.Benchmarks.Images.ExamplePhotos.Run(args[1..]);
        case "hot":
            // Without a filter BenchmarkSwitcher asks on the console; run everything instead.
            string[] rest = args.Length > 1 ? args[1..] : ["--filter", "*"];
            BenchmarkSwitcher.FromAssembly(typeof(SiteCommand).Assembly).Run(rest);
            return 0;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
