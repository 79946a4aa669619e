using System.IO.Hashing;
using System.Reflection;
using System.Text.Json;
using RareNewsSite.Images;

namespace RareNewsSite.Preview;

/// <summary>
/// The pages the last preview of a site served, kept on disk (<c>.rarenews/cache/preview/</c>) so that the next preview
/// serves them while its first build runs: at 10,000 articles that build takes seconds, a page kept from last time comes
/// at once. Whatever was served from here is compared with what the first build makes, and open pages reload when one
/// differs (see <see cref="PreviewSession"/>), so an edit made while no preview ran shows seconds later, never silently
/// late.
/// </summary>
/// <remarks>
/// The list of pages (<c>pages.json</c>) names the program version that wrote it, the site's <c>LinkRoot</c>, and each
/// file's hash and kind. Files are written first and the list last, by renaming: a preview killed while it saved leaves
/// files that do not match the list, and a file whose bytes do not match its hash (killed, damaged, edited by hand) is
/// never served. A list from another version of the program is not read. Photos and share cards are not saved (at
/// 10,000 articles the cards alone are 290 MiB, and the image store keeps them anyway): a request for one waits until
/// the first build has made it, while the page that shows it is already there.
/// </remarks>
public sealed class SavedPages
{
    private const string ListName = "pages.json";
    private const string FilesName = "files";

    private static readonly string ProgramVersion =
        typeof(SavedPages).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";

    private readonly string _folder;
    private readonly object _gate = new();

    // Saved files found damaged or missing when read: the next save writes them again although the page did not change.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _damaged = new(StringComparer.Ordinal);
    private Dictionary<string, Page> _listed;
    private Snapshot? _pending;
    private bool _running; // a loop is saving, and takes what is pending before it stops
    private Task _saving = Task.CompletedTask;

    private SavedPages(string folder, Dictionary<string, Page> listed, string? linkRoot) =>
        (_folder, _listed, LinkRoot) = (folder, listed, linkRoot);

    /// <summary>The folder of a site's saved pages, below its root.</summary>
    public static string FolderOf(string siteRoot) => Path.Combine(siteRoot, ".rarenews", "cache", "preview");

    /// <summary>The pages saved in <paramref name="folder"/> (none when it has no list, or one it cannot read), saved there again from now on.</summary>
    public static SavedPages InFolder(string folder)
    {
        folder = Path.GetFullPath(folder);
        var (listed, linkRoot) = ReadList(Path.Combine(folder, ListName));
        return new SavedPages(folder, listed, linkRoot);
    }

    /// <summary>Where the saved site's links start; null when nothing is saved.</summary>
    internal string? LinkRoot { get; private set; }

    /// <summary>True when <paramref name="path"/> (an output path, <c>a/index.html</c>) is listed.</summary>
    internal bool Has(string path) => Listed.ContainsKey(path);

    /// <summary>True for a saved article page (its editor panel comes only with the build that remembers).</summary>
    internal bool IsArticle(string path) => Listed.TryGetValue(path, out var page) && page.Kind == Kind.Article;

    /// <summary>True for a saved page that is an application of its own (the CMS editor), served exactly as built.</summary>
    internal bool IsApplication(string path) => Listed.TryGetValue(path, out var page) && page.Kind == Kind.Application;

    /// <summary>
    /// The bytes of a listed file, or null when it is not listed or its bytes are not the ones listed (such a file is
    /// written again by the next save).
    /// </summary>
    internal byte[]? Read(string path)
    {
        if (!Listed.TryGetValue(path, out var page))
        {
            return null;
        }
        try
        {
            var bytes = File.ReadAllBytes(FileOf(path));
            if (XxHash3.HashToUInt64(bytes) == page.Hash)
            {
                return bytes;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        _damaged.TryAdd(path, 0); // written again by the next save, even if the page is the same
        return null;
    }

    /// <summary>Finishes when every snapshot handed to <see cref="Save"/> so far is on disk.</summary>
    internal Task Saved
    {
        get
        {
            lock (_gate)
            {
                return _saving;
            }
        }
    }

    /// <summary>
    /// Saves a site as served, in the background: only files whose bytes differ from the saved ones are written. Snapshots
    /// handed in while one is being written are saved once it is done, the latest only.
    /// </summary>
    internal void Save(IReadOnlyDictionary<string, byte[]> files, string linkRoot, Func<string, bool> isArticle, Func<string, bool> isApplication)
    {
        lock (_gate)
        {
            _pending = new Snapshot(files, linkRoot, isArticle, isApplication);
            if (!_running)
            {
                _running = true;
                _saving = Task.Run(SaveAllPending);
            }
        }
    }

    private Dictionary<string, Page> Listed
    {
        get
        {
            lock (_gate)
            {
                return _listed;
            }
        }
    }

    private void SaveAllPending()
    {
        while (true)
        {
            Snapshot snapshot;
            lock (_gate)
            {
                if (_pending is null)
                {
                    _running = false; // under the lock: a snapshot handed in from now on starts a loop of its own
                    return;
                }
                snapshot = _pending;
                _pending = null;
            }
            try
            {
                Write(snapshot);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A disk that is full or read-only: the next preview starts without saved pages, as the first one did.
            }
        }
    }

    private void Write(Snapshot snapshot)
    {
        var listed = Listed;
        var pages = new Dictionary<string, Page>(snapshot.Files.Count, StringComparer.Ordinal);
        var listChanged = snapshot.LinkRoot != LinkRoot;
        foreach (var (path, bytes) in snapshot.Files)
        {
            if (ImageFormats.IsPhoto(ImageFormats.OfExtension(path)))
            {
                continue; // photos and share cards: kept by the image store, and a page shows while they come
            }
            var page = new Page(XxHash3.HashToUInt64(bytes),
                snapshot.IsApplication(path) ? Kind.Application : snapshot.IsArticle(path) ? Kind.Article : Kind.Other);
            pages[path] = page;
            var wasListed = listed.TryGetValue(path, out var before);
            listChanged |= !wasListed || before != page;
            var damaged = _damaged.TryRemove(path, out _);
            if (wasListed && before.Hash == page.Hash && !damaged)
            {
                continue;
            }
            var file = FileOf(path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }
        foreach (var path in listed.Keys.Where(path => !pages.ContainsKey(path)))
        {
            Delete(FileOf(path));
            listChanged = true;
        }
        // A build that changed nothing saved (the remembering build after the first, most saves) leaves the list as it is:
        // at 10,000 articles it is 3 MB.
        if (listChanged)
        {
            WriteList(pages, snapshot.LinkRoot);
        }
        lock (_gate)
        {
            _listed = pages;
            LinkRoot = snapshot.LinkRoot;
        }
    }

    // Deletes a saved file, and the folders it leaves empty (a deleted article's folder), up to files/ itself.
    private void Delete(string file)
    {
        File.Delete(file);
        var files = Path.Combine(_folder, FilesName);
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > files.Length && !Directory.EnumerateFileSystemEntries(folder).Any();
             folder = Path.GetDirectoryName(folder))
        {
            Directory.Delete(folder);
        }
    }

    // Output paths are the build's own (no dot segments, forward slashes), so each maps to a file below files/.
    private string FileOf(string path) => Path.Combine(_folder, FilesName, path.Replace('/', Path.DirectorySeparatorChar));

    private void WriteList(Dictionary<string, Page> pages, string linkRoot)
    {
        var list = Path.Combine(_folder, ListName);
        var writing = list + ".writing";
        using (var stream = File.Create(writing))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("program", ProgramVersion);
            json.WriteString("linkRoot", linkRoot);
            json.WriteStartArray("files");
            foreach (var (path, page) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray();
                json.WriteStringValue(path);
                json.WriteStringValue(page.Hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteNumberValue((int)page.Kind);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        File.Move(writing, list, overwrite: true);
    }

    private static (Dictionary<string, Page>, string?) ReadList(string list)
    {
        var none = (new Dictionary<string, Page>(StringComparer.Ordinal), (string?)null);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(list));
            var root = document.RootElement;
            if (root.GetProperty("program").GetString() != ProgramVersion)
            {
                return none;
            }
            var pages = new Dictionary<string, Page>(StringComparer.Ordinal);
            foreach (var file in root.GetProperty("files").EnumerateArray())
            {
                var hash = ulong.Parse(file[1].GetString()!, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                pages[file[0].GetString()!] = new Page(hash, (Kind)file[2].GetInt32());
            }
            return (pages, root.GetProperty("linkRoot").GetString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException
            or KeyNotFoundException or FormatException or OverflowException or IndexOutOfRangeException or ArgumentException)
        {
            return none; // no list yet, or one that cannot be read: nothing is served from it
        }
    }

    private enum Kind
    {
        Other = 0,
        Article = 1,
        Application = 2,
    }

    private readonly record struct Page(ulong Hash, Kind Kind);

    private sealed record Snapshot(IReadOnlyDictionary<string, byte[]> Files, string LinkRoot, Func<string, bool> IsArticle, Func<string, bool> IsApplication);
}
