using System.Diagnostics;
using System.Globalization;
using RareNewsSite.Benchmarks.Corpus;
using RareNewsSite.Benchmarks.Phases;
using RareNewsSite.Benchmarks.Site;
using RareNewsSite.Building;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;
using RareNewsSite.Pipelines.Values;

namespace RareNewsSite.Benchmarks.Cache;

/// <summary>
/// <c>cache-size --articles 10000</c>: what a build cache on disk would keep. Builds a generated site with a session
/// that remembers every step (as the preview does), then writes every document it remembers into a
/// <see cref="ContentStore"/> (each distinct value once) and prints how many documents and values that is, their
/// bytes, and the time it took; then builds the site again in a new session and checks that every document hashes the
/// same (the hashes are content hashes, not object identities).
/// </summary>
internal static class CacheSizeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = SiteBenchmarkOptions.Parse(args);
        var repoRoot = RepositoryLocator.Find(options.Repo);
        foreach (var count in options.Articles)
        {
            var site = Path.Combine(options.Work, count.ToString(CultureInfo.InvariantCulture), "cache-size");
            SiteFolderWriter.Write(new CorpusGenerator().Generate(count), site, repoRoot);
            var first = await HashesOf(site, count, report: true);
            var second = await HashesOf(site, count, report: false);
            Console.WriteLine(first.SetEquals(second)
                ? $"a second session's {second.Count:N0} documents hash the same"
                : $"a second session's documents hash differently: {first.Except(second).Count():N0} of {first.Count:N0}");
        }
        return 0;
    }

    private static async Task<HashSet<UInt128>> HashesOf(string site, int count, bool report)
    {
        var request = new BuildRequest
        {
            Options = new BuildOptions { Clock = new FixedTime(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) },
        };
        var session = new SiteSession(new PhysicalFileSystem(site), request);
        var built = Stopwatch.StartNew();
        var result = await session.BuildAsync();
        built.Stop();
        var docs = session.Cache.Documents.Distinct(ReferenceEqualityComparer.Instance).Cast<Document>().ToArray();
        var markdown = docs.Select(d => d.GetOrDefault<ParsedMarkdown>(Keys.MarkdownAst)).OfType<ParsedMarkdown>().First().Pipeline;
        var store = new ContentStore(new DocumentCodec(markdown));
        var hashing = Stopwatch.StartNew();
        var hashes = new UInt128[docs.Length];
        Parallel.For(0, docs.Length, i => hashes[i] = store.Add(docs[i]));
        hashing.Stop();
        if (report)
        {
            // What the steps read, hashed (values already hashed above are remembered by the store).
            var sets = session.Cache.ReadSets.ToArray();
            var reading = Stopwatch.StartNew();
            var setHashes = new UInt128[sets.Length];
            var hashes1 = new ReadHashes(store);
            Parallel.For(0, sets.Length, i => setHashes[i] = hashes1.Of(sets[i]));
            reading.Stop();
            var freshStore = new ContentStore(new DocumentCodec(markdown), keep: false);
            var fresh = Stopwatch.StartNew();
            var hashes2 = new ReadHashes(freshStore);
            Parallel.For(0, sets.Length, i => setHashes[i] = hashes2.Of(sets[i]));
            fresh.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read sets: {sets.Length:N0} ({setHashes.Distinct().Count():N0} distinct), hashed in {reading.Elapsed.TotalSeconds:0.00} s with the documents' values hashed already, {fresh.Elapsed.TotalSeconds:0.00} s from nothing"));

            // What the bytes are: each distinct value object once, by the kind of value (a page's text is "Content").
            var codec = new DocumentCodec(markdown);
            var byKind = docs.SelectMany(d => d.Metadata.Keys.Select(k => (Kind: k, Value: d.Metadata.TryGetValue(k, out var v) ? v : null)).Append(("Content", d.Content)))
                .Where(x => x.Value is not null).DistinctBy(x => x.Value, ReferenceEqualityComparer.Instance)
                .GroupBy(x => x.Kind).Select(g => (g.Key, Count: g.Count(), Bytes: g.Sum(x => (long)codec.WriteValue(x.Value!).Length)))
                .OrderByDescending(g => g.Bytes);
            foreach (var (kind, n, bytes) in byKind.Take(8))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind}: {n:N0} values, {bytes / 1048576.0:N1} MiB"));
            }
            // What other pipelines can read: each pipeline's documents after its Process phase (its last Process step's).
            var lastProcessSteps = session.Cache.Made.Where(s => s.Step.Contains("/Process/", StringComparison.Ordinal))
                .GroupBy(s => s.Step[..s.Step.IndexOf('/', StringComparison.Ordinal)])
                .Select(g => g.MaxBy(s => int.Parse(s.Step[(s.Step.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture)));
            var readable = new ContentStore(new DocumentCodec(markdown));
            var processed = lastProcessSteps.SelectMany(s => s.Made).ToArray();
            Parallel.ForEach(processed, d => readable.Add(d));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  of which the pipelines' documents after Process (what other pipelines read): {processed.Length:N0} documents, {readable.Bytes / 1048576.0:N1} MiB with their values"));
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                ## {count:N0} articles
                remembering build: {built.Elapsed.TotalSeconds:0.0} s, {result.Result.Errors} errors; heap after it {heap / 1048576.0:N0} MiB
                documents remembered: {docs.Length:N0} objects, {hashes.Distinct().Count():N0} distinct contents
                kept: {store.Count:N0} distinct documents and values, {store.Bytes / 1048576.0:N1} MiB, written and hashed in {hashing.Elapsed.TotalSeconds:0.00} s (2 cores)
                """));
        }
        return [.. hashes];
    }
}
