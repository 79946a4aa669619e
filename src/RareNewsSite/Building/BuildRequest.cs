using RareNewsSite.Engine;
using RareNewsSite.Pipelines;

namespace RareNewsSite.Building;

/// <summary>What the caller asks of a build: options and setting overrides (from the environment and <c>--setting</c>).</summary>
public sealed record BuildRequest
{
    /// <summary>Drafts, future posts, clock.</summary>
    public BuildOptions Options { get; init; } = new();

    /// <summary>Settings that override <c>statiq.json</c>, applied in order.</summary>
    public IReadOnlyDictionary<string, string> SettingOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Where the files made from photos are kept between builds: in memory unless the caller names a folder (a build into
    /// a folder uses the site's <c>.rarenews/cache/images/</c>, and so does the preview).
    /// </summary>
    public Images.ProcessedImageStore ImageStore { get; init; } = Images.ProcessedImageStore.InMemory();

    /// <summary>
    /// Where a build into a folder keeps what later builds reuse (what the output folder holds, the files made from
    /// photos), relative to the site root: by default <c>.rarenews/cache/</c>.
    /// </summary>
    public string? CacheFolder { get; init; }

    /// <summary>False: a build into a folder neither reads nor keeps anything in the cache folder.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>
    /// True: a build into a folder keeps in the cache folder how each page was made, and takes from the last output the
    /// pages of documents whose making is the same (see "Incremental builds" in the README). Needs <see cref="UseCache"/>.
    /// </summary>
    public bool Incremental { get; init; }

    /// <summary>Makes the pipelines to run; the site's own by default. Benchmarks wrap them to time each module.</summary>
    public Func<IReadOnlyList<Pipeline>> Pipelines { get; init; } = SitePipelines.All;
}
