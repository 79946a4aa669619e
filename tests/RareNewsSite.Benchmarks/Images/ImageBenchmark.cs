using System.Diagnostics;
using System.Globalization;
using RareNewsSite.Benchmarks.Site;

namespace RareNewsSite.Benchmarks.Images;

/// <summary>
/// Builds a site of <c>--count</c> photos of <c>--megapixels</c> each with the real CLI, three times: with no photos (the
/// site alone), with the photos and an empty image cache (everything made), and again (everything from the cache).
/// Reports wall time, CPU time and peak memory of each build.
/// </summary>
internal static class ImageBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 200);
        var megapixels = Option(args, "--megapixels", 12);
        var work = args.SkipWhile(a => a != "--work").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "rns-image-bench");
        var repo = RepositoryLocator.Find(null);
        var cli = await SiteBenchmark.BuildCliAsync(repo, build: !args.Contains("--no-build"));
        var site = Path.Combine(work, "site");
        var photos = Path.Combine(work, "photos");
        // 4:3 photos, as phones take them: 12 MP is 4000 x 3000. Painted once per work folder (--work keeps them).
        var width = (int)Math.Round(Math.Sqrt(megapixels * 1_000_000 * 4 / 3.0));
        var height = width * 3 / 4;
        var painted = Directory.Exists(photos) ? Directory.GetFiles(photos, $"photo-{width}x{height}-*.jpg").Length : 0;
        if (painted != count)
        {
            Console.Error.WriteLine($"painting {count} photos of {width} x {height}…");
            if (Directory.Exists(photos))
            {
                Directory.Delete(photos, recursive: true);
            }
            Directory.CreateDirectory(photos);
            Parallel.For(0, count, i => File.WriteAllBytes(Path.Combine(photos, $"photo-{width}x{height}-{i:000}.jpg"), PhotoPainter.Paint(width, height, seed: i)));
        }
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }
        await RunCliAsync(cli, "init", site);
        var baseline = await BuildAsync(cli, site, "without photos");
        var folder = Path.Combine(site, "input", "assets", "photos");
        Directory.CreateDirectory(folder);
        long bytes = 0;
        foreach (var photo in Directory.GetFiles(photos))
        {
            File.Copy(photo, Path.Combine(folder, Path.GetFileName(photo)));
            bytes += new FileInfo(photo).Length;
        }
        var first = await BuildAsync(cli, site, "first build (cache empty)");
        var cached = await BuildAsync(cli, site, "rebuild (cache full)");
        var published = Directory.EnumerateFiles(Path.Combine(site, "output", "img"), "*", SearchOption.AllDirectories).Count();

        Console.WriteLine($"{count} photos of {width} x {height} ({megapixels} MP), {bytes / 1_000_000.0:0} MB of JPEG; {published} files made under /img/; {Environment.ProcessorCount} cores; GNU time: {ProcessMeasurer.HasGnuTime}");
        Console.WriteLine();
        Console.WriteLine("| build | wall | CPU | peak memory |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (label, m) in new[] { ("site without photos", baseline), ("first build, cache empty", first), ("rebuild, cache full", cached) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {m.Seconds:0.0} s | {(m.CpuSeconds < 0 ? "–" : m.CpuSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s")} | {m.PeakRssKilobytes / 1024.0:0} MB |"));
        }
        return 0;
    }

    private static async Task<Measurement> BuildAsync(string cli, string site, string label)
    {
        Console.Error.WriteLine($"building: {label}…");
        var measurement = await ProcessMeasurer.RunAsync("dotnet", [cli, "build", "-r", site], new Dictionary<string, string>());
        if (measurement.ExitCode != 0)
        {
            throw new InvalidOperationException($"the build failed ({label}):\n{measurement.Output}");
        }
        return measurement;
    }

    private static async Task RunCliAsync(string cli, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, .. args]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("could not start the CLI");
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
