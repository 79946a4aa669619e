using System.IO.Hashing;
using System.Text;
using RareNewsSite.Configuration;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;
using RareNewsSite.Markdown;
using RareNewsSite.Pipelines.Values;

namespace RareNewsSite.Building;

public static partial class SiteBuilder
{
    /// <summary>
    /// The traces of a build that keeps a cache on disk, with the runs the last build into the same output kept, when
    /// they were kept by this program for the same settings and theme; <paramref name="problem"/> says why they were not used.
    /// </summary>
    private static Traces StartTraces(OutputListings listings, UInt128 inputs, out string? problem)
    {
        var started = DateTime.UtcNow;
        var last = TraceFile.Load(listings.TracesFile, CacheVersion, inputs, out var stamps, out var sizes, out var lineage, out problem);
        // Values are hashed by what they hold; how Markdown is parsed does not change how a value is written.
        return new Traces(new ContentStore(new DocumentCodec(MarkdownPipelineFactory.For(allowRawHtml: false)), keep: false), last)
        {
            Values = new ValueFile(Path.GetFullPath(TraceFile.ValuesPath(listings.TracesFile))),
            Stamps = new FileStamps(stamps, started),
            LoadedSizes = sizes,
            Lineage = lineage,
        };
    }

    /// <summary>
    /// The build's inputs as one hash: the program, the pipelines, the settings (<c>statiq.json</c> and those given on the
    /// command line) and every file of the theme. The engine's reads see these only as "the settings" and "the theme", so
    /// a cache made with others is not used at all.
    /// </summary>
    private static UInt128 InputsHash(Themes.ThemeOverlay files, BuildRequest request)
    {
        var hash = new XxHash128();
        void Text(string text)
        {
            hash.Append(Encoding.UTF8.GetBytes(text));
            hash.Append([0]);
        }
        Text(CacheVersion);
        foreach (var pipeline in request.Pipelines())
        {
            Text(pipeline.Name);
            foreach (var phase in Enum.GetValues<Engine.PipelinePhase>())
            {
                foreach (var module in pipeline.ModulesOf(phase))
                {
                    Text(module switch { ForEachStep step => step.Name, CachedStep step => step.Name, _ => module.GetType().Name });
                }
            }
        }
        foreach (var (key, value) in request.SettingOverrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            Text(key);
            Text(value);
        }
        foreach (var path in files.FileExists(SiteSettingsLoader.FileName) ? [SiteSettingsLoader.FileName] : Array.Empty<string>())
        {
            Text(path);
            hash.Append(files.ReadAllBytes(path));
        }
        foreach (var path in files.ListFiles("theme", ""))
        {
            Text(path);
            hash.Append(files.ReadAllBytes(path));
        }
        return hash.GetCurrentHashAsUInt128();
    }

    // Keeps the runs of a build that was swapped in, with the hash of each file they made as the output now lists it; a run
    // with a file the output does not list (another page took its address) is not kept. When every run is one the last
    // build kept, as it was, the file on disk is already what would be written.
    private static void SaveTraces(OutputListings listings, UInt128 inputs, Traces traces, OutputListing written)
    {
        var runs = new List<ChainRun>(traces.Made.Count);
        var asLoaded = traces.Counts.Ran == 0;
        foreach (var kept in traces.Made)
        {
            var run = traces.WithValueHashes(kept);
            if (!run.Pages)
            {
                asLoaded &= ReferenceEquals(run, kept);
                runs.Add(run);
                continue;
            }
            var outputs = new MadeFile[run.Outputs.Length];
            var listed = true;
            var same = true;
            for (var i = 0; listed && i < outputs.Length; i++)
            {
                var made = run.Outputs[i];
                if (made.Destination is { } destination)
                {
                    listed = written.TryGet(destination, out var hash, out var length);
                    if (hash != made.FileHash || length != made.FileLength)
                    {
                        made = made with { FileHash = hash, FileLength = length };
                        same = false;
                    }
                }
                outputs[i] = made;
            }
            if (listed)
            {
                runs.Add(same ? run : run with { Outputs = outputs });
            }
            asLoaded &= listed && same && ReferenceEquals(run, kept);
        }
        if (asLoaded && traces.Loaded == runs.Count && !traces.Stamps.Changed)
        {
            return;
        }
        if (traces.Lineage is { } lineage && TraceFile.TrySaveDelta(listings.TracesFile, CacheVersion, inputs, lineage, runs, traces.FromFile, traces.Stamps.Now))
        {
            return;
        }
        TraceFile.Save(listings.TracesFile, CacheVersion, inputs, runs, traces.Stamps.Now, traces.LoadedSizes);
    }
}
