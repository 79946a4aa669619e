using System.Collections.Concurrent;
using RareNewsSite.Engine;
using RareNewsSite.IO;

namespace RareNewsSite.Building;

/// <summary>
/// The files a build that writes each page as soon as it is final (<see cref="SiteSession.BuildUnrememberedAsync"/>) has
/// written so far, for a preview that serves them while the rest of the site is still being made: at 10,000 articles the
/// home page is made seconds before the last article page.
/// </summary>
/// <remarks>
/// A file here has the bytes the whole build gives it, unless two pages of the site claim the same address, where the
/// one a whole build writes last may still come and replace it (<see cref="Rewritten"/>).
/// </remarks>
public sealed class PagesSoFar
{
    private readonly ConcurrentDictionary<string, (bool Article, bool Application)> _kinds = new(StringComparer.Ordinal);

    internal InMemoryOutputFolder Folder { get; } = new();

    /// <summary>The files written so far, by output path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => Folder.Files;

    /// <summary>Where the site's links start (<c>LinkRoot</c>), once the build has read its settings without errors; null before.</summary>
    public string? LinkRoot { get; internal set; }

    /// <summary>True once a file was replaced by a later page at its address: one served before may not be the build's.</summary>
    public bool Rewritten => Folder.Rewritten;

    /// <summary>True for an article page: its editor panel comes only with a build that remembers (see <see cref="SiteSession.FactsLater"/>).</summary>
    public bool IsArticle(string path) => _kinds.TryGetValue(path, out var kind) && kind.Article;

    /// <summary>True for a page that is an application of its own (see <see cref="SiteSession.IsApplication"/>).</summary>
    public bool IsApplication(string path) => _kinds.TryGetValue(path, out var kind) && kind.Application;

    // Called before the page is written, so that whoever finds its file knows its kind.
    internal void Note(Document page)
    {
        if (page.Destination is { } path)
        {
            _kinds[path] = (SiteSession.IsArticlePage(page), SiteSession.IsApplicationPage(page));
        }
    }
}
