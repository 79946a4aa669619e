using System.Collections.Immutable;
using System.Diagnostics;
using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Site;

namespace RareNewsSite.Incremental;

/// <summary>
/// Builds a site again and again, as the preview does: the first build renders everything; later builds get
/// the changed input files, render only the pages those touch and keep the rest from the last good build.
/// The output is held in memory and replaced only by a build without errors, so the last good site stays
/// available while an error is being fixed. The result is byte-identical to a full build of the same input.
/// </summary>
public sealed class IncrementalBuilder(ISiteFileSystem files, BuildRequest request)
{
    private readonly RenderCache _renders = new();
    private readonly OutputLedger _written = new();
    private readonly PageInventory _inventory = new();
    private ChangeSet _pending = ChangeSet.Everything;
    private BuildMemory _memory = new();

    /// <summary>Where the site's links start (<c>LinkRoot</c>) as of the last build that could read the settings.</summary>
    public string LinkRoot { get; private set; } = "/";

    /// <summary>The last good build's files by output path (empty before the first good build).</summary>
    public ImmutableDictionary<string, byte[]> Outputs { get; private set; } = ImmutableDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>
    /// Builds after <paramref name="changes"/> (null: everything). Changes are remembered until a build
    /// succeeds, so a fix after a failed build still renders what the failed build touched.
    /// </summary>
    public async Task<IncrementalBuildResult> BuildAsync(ChangeSet? changes, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var pending = _pending.Union(changes ?? ChangeSet.Everything);
        if (pending.Paths.Contains(SiteSettingsLoader.FileName))
        {
            pending = ChangeSet.Everything; // settings reach every page, the Markdown pipeline and the links
        }
        _pending = pending;
        if (pending.IsEverything)
        {
            _memory = new BuildMemory(); // settings shape the Markdown pipeline and every link
        }
        var diagnostics = new DiagnosticBag();
        var setup = BuildSetup.Load(files, request, diagnostics);
        if (setup.SettingsLoaded)
        {
            LinkRoot = setup.Settings.LinkRoot;
        }
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, stopwatch);
        }

        _renders.Begin(pending);
        _written.Begin();
        _memory.Steps.Begin();
        var staged = new InMemoryOutputFolder();
        var context = new BuildContext(setup.Settings, files, staged, setup.Options, setup.Services)
        {
            Diagnostics = diagnostics,
            RenderCache = _renders,
            Written = _written,
            Memory = _memory,
            // Kept from build to build: a registering step changes it only where its documents changed.
            LinkTargets = _memory.Get<LinkTargetTable>().Targets,
        };
        var results = await new PipelineEngine(request.Pipelines()).RunAsync(context, cancellationToken);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, stopwatch);
        }

        // Every page of the site passes through here on every save: the inventory looks only at changed positions.
        var documents = new List<Document>(results.Values.Sum(docs => docs.Length));
        foreach (var docs in results.Values)
        {
            documents.AddRange(docs);
        }
        var deleted = _inventory.Update(results);
        var outputs = Outputs.ToBuilder();
        outputs.RemoveRange(deleted);
        var written = new List<string>();
        foreach (var path in staged.Paths)
        {
            var bytes = staged.ReadBytes(path);
            if (!outputs.TryGetValue(path, out var old) || !ReferenceEquals(old, bytes) && !old.AsSpan().SequenceEqual(bytes))
            {
                outputs[path] = bytes;
                written.Add(path);
            }
        }
        Outputs = outputs.ToImmutable();
        _renders.Commit(deleted);
        _written.Commit(deleted);
        _memory.Steps.Commit();
        _pending = ChangeSet.Of([]);
        var result = new BuildResult(diagnostics.ToSortedList(), _inventory.Kinds, written.Count, stopwatch.Elapsed);
        return new IncrementalBuildResult(result, written, deleted, _renders.Rendered, _renders.Reused, documents);
    }

    /// <summary>
    /// Lets the session's caches drop, now and then, what the last builds did not use. It walks every cache, so the
    /// preview calls it after telling the pages to reload, when nobody waits for it.
    /// </summary>
    public void Sweep() => _memory.Sweep();

    private static IncrementalBuildResult Failed(DiagnosticBag diagnostics, Stopwatch stopwatch) =>
        new(new BuildResult(diagnostics.ToSortedList(), new Dictionary<string, int>(), 0, stopwatch.Elapsed), [], [], 0, 0, []);
}
