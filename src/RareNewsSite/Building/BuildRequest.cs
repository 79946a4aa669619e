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

    /// <summary>Makes the pipelines to run; the site's own by default. Benchmarks wrap them to time each module.</summary>
    public Func<IReadOnlyList<Pipeline>> Pipelines { get; init; } = SitePipelines.All;
}
