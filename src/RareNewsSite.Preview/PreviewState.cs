using System.Collections.Immutable;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Preview;

/// <summary>What the preview serves: the last good site, the last build's diagnostics, and each article page's editor data.</summary>
public sealed record PreviewState(
    ImmutableDictionary<string, byte[]> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    Func<string, Building.ArticleFacts?> Facts,
    int Version,
    string LinkRoot = "/",
    Func<string, bool>? IsApplication = null)
{
    /// <summary>
    /// The site path a request is for, with the <c>LinkRoot</c> taken off (<c>/news/a/</c> is <c>/a/</c> when
    /// LinkRoot is <c>/news/</c>), or null when the request is outside it.
    /// </summary>
    public string? SitePath(string requestPath) => SubfolderPaths.SitePath(requestPath, LinkRoot);

    /// <summary>A site path as the browser asks for it, under the LinkRoot.</summary>
    public string RequestPath(string sitePath) => SubfolderPaths.RequestPath(sitePath, LinkRoot);

    /// <summary>True for a page served exactly as built, without the reload script, overlay or panel (the CMS editor).</summary>
    public bool ServedAsBuilt(string file) => IsApplication?.Invoke(file) == true;

    /// <summary>True when the last build failed: pages show the error overlay over the last good site.</summary>
    public bool Failed => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// True for an article page whose editor facts come with the build the session is remembering in the background
    /// (<see cref="Remembering"/>): the first build let its syntax trees go.
    /// </summary>
    public Func<string, bool> FactsLater { get; init; } = static _ => false;

    /// <summary>
    /// The background build after the first one, while it runs: an article page asked for meanwhile is served without
    /// its panel and reloads when it is done.
    /// </summary>
    public Task? Remembering { get; init; }

    /// <summary>The editor panel of the article page in <paramref name="file"/>, measured now; null for other pages.</summary>
    public EditorInfo? EditorFor(string file) => Facts(file) is { } facts ? EditorInfo.Of(facts, Diagnostics) : null;

    /// <summary>Before the first build.</summary>
    public static PreviewState Empty { get; } = new(
        ImmutableDictionary<string, byte[]>.Empty, [], _ => null, 0);
}
