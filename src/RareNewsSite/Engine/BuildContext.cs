using System.Collections.Concurrent;
using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.IO;
using RareNewsSite.Site;

namespace RareNewsSite.Engine;

/// <summary>What every module can see: settings, files, diagnostics, the clock and other pipelines' outputs.</summary>
public sealed class BuildContext(
    SiteSettings settings, ISiteFileSystem files, IOutputFolder output, BuildOptions options, SiteServices services)
{
    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> _processed = new(StringComparer.Ordinal);

    /// <summary>The site's settings.</summary>
    public SiteSettings Settings { get; } = settings;

    /// <summary>The site root's files (input, theme) and the output folder.</summary>
    public ISiteFileSystem Files { get; } = files;

    /// <summary>Where the Output phase writes.</summary>
    public IOutputFolder Output { get; } = output;

    /// <summary>Every Markdown file that links may point at, filled during Process (see RegisterLinkTargets).</summary>
    public ConcurrentDictionary<string, Markdown.Links.LinkTarget> LinkTargets { get; init; } = new(StringComparer.Ordinal);

    /// <summary>How this build was asked for (drafts, clock).</summary>
    public BuildOptions Options { get; } = options;

    /// <summary>Shared, build-once services: the Markdown pipeline and the templates.</summary>
    public SiteServices Services { get; } = services;

    /// <summary>The previous build's pages, in preview; null for a plain build, which renders everything.</summary>
    public Incremental.RenderCache? RenderCache { get; init; }

    /// <summary>What the last good preview build wrote where; null for a plain build, which writes everything.</summary>
    public Incremental.OutputLedger? Written { get; init; }

    /// <summary>Caches kept between the builds of a preview session; null for a plain build, which computes everything.</summary>
    public Incremental.BuildMemory? Memory { get; init; }

    /// <summary>Where modules report problems.</summary>
    public DiagnosticBag Diagnostics { get; init; } = new();

    /// <summary>"Now", from the injected clock, so scheduled posts and tests are reproducible.</summary>
    public DateTimeOffset Now => Options.Clock.GetUtcNow();

    /// <summary>The documents a pipeline had after its Process phase.</summary>
    public ImmutableArray<Document> OutputsOf(string pipeline) =>
        _processed.TryGetValue(pipeline, out var docs)
            ? docs
            : throw new InvalidOperationException($"Pipeline '{pipeline}' has not finished its Process phase; declare it in DependsOn.");

    /// <summary>
    /// Every pipeline's documents after PostProcess, for Output-phase modules that describe the whole site
    /// (the sitemap). Empty until PostProcess has finished everywhere.
    /// </summary>
    public IReadOnlyDictionary<string, ImmutableArray<Document>> Rendered { get; private set; } =
        new Dictionary<string, ImmutableArray<Document>>();

    internal void SetProcessed(string pipeline, ImmutableArray<Document> docs) => _processed[pipeline] = docs;

    internal void SetRendered(IReadOnlyDictionary<string, ImmutableArray<Document>> rendered) => Rendered = rendered;
}
