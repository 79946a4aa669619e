using System.Diagnostics;
using System.Globalization;
using RareNewsSite.Images;

namespace RareNewsSite.Benchmarks.Images;

/// <summary>
/// Times drawing share cards (<c>cards --count 300</c>): what a first build of a site without photos pays per article,
/// since every article gets a card. Single-threaded, after a warm-up; the font is parsed once, as a build does.
/// </summary>
internal static class CardBenchmark
{
    public static int Run(string[] args)
    {
        var count = args.SkipWhile(a => a != "--count").Skip(1).FirstOrDefault() is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 300;
        var repo = Site.RepositoryLocator.Find(null);
        var font = File.ReadAllBytes(Path.Combine(repo, "theme", "fonts", "share-card.ttf"));
        var style = ShareCardStyle.Load(font, "#005eb8", "#ffffff");
        byte[] Draw(int i) => ShareCard.Drawn($"Gene therapy study number {i} for Duchenne muscular dystrophy begins enrolling boys", "Duchenne muscular dystrophy", "Rare News", style);
        long bytes = 0;
        for (var i = 0; i < 20; i++)
        {
            Draw(i);
        }
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            bytes += Draw(i).Length;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} drawn cards: {stopwatch.Elapsed.TotalMilliseconds / count:0.0} ms each on one thread, {bytes / count / 1024.0:0.0} KB each"));
        return 0;
    }
}
