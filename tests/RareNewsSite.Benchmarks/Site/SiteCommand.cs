namespace RareNewsSite.Benchmarks.Site;

/// <summary>The <c>site</c> command: runs the benchmark, prints the table and writes <c>results/site-benchmark.md</c>.</summary>
internal static class SiteCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        SiteBenchmarkOptions options;
        try
        {
            options = SiteBenchmarkOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        var repoRoot = RepositoryLocator.Find(options.Repo);
        var cliDll = await SiteBenchmark.BuildCliAsync(repoRoot, options.BuildCli);
        var results = await new SiteBenchmark(options).RunAsync(repoRoot, cliDll);
        var command = "dotnet run -c Release --project tests/RareNewsSite.Benchmarks -- site " + string.Join(' ', args);
        var report = SiteBenchmarkReport.Render(results, command, options.Hugo);
        Console.WriteLine(report);
        if (options.WriteReport)
        {
            SiteBenchmarkReport.Write(Path.Combine(repoRoot, "tests", "RareNewsSite.Benchmarks", "results", "site-benchmark.md"), report);
        }
        return 0;
    }
}
