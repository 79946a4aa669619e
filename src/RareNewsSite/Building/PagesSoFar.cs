using RareNewsSite.IO;

namespace RareNewsSite.Building;

/// <summary>
/// The files a build that writes each page as soon as it is final (<see cref="SiteSession.BuildUnrememberedAsync"/>) has
/// written so far, for a preview that serves them while the rest of the site is still being made: at 10,000 articles the
/// home page is made seconds before the last article page.
/// </summary>
/// <remarks>
/// A file here has the bytes the whole build gives it, unless two pages of the site claim the same address (an error the
/// build reports), where the one a whole build writes last may still come and replace it.
/// </remarks>
public sealed class PagesSoFar
{
    internal InMemoryOutputFolder Folder { get; } = new();

    /// <summary>The files written so far, by output path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => Folder.Files;

    /// <summary>Where the site's links start (<c>LinkRoot</c>), once the build has read its settings without errors; null before.</summary>
    public string? LinkRoot { get; internal set; }
}
