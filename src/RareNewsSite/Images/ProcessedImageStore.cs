using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RareNewsSite.Configuration;

namespace RareNewsSite.Images;

/// <summary>
/// Where the files made from photos are kept between builds (<c>.rarenews/cache/images/</c> of a site on disk), so a
/// rebuild, or the preview starting, does not make them again. The key is everything the files depend on: the photo's
/// bytes (their SHA-256), the image settings, <see cref="ImageProcessor.Version"/> and the SkiaSharp version. A file is
/// never changed in place: each photo's files are written to a new folder that is then renamed into place, so a killed
/// build leaves either all of them or none.
/// </summary>
public sealed class ProcessedImageStore
{
    private readonly string? _folder;
    private readonly bool _readOnly;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, byte[]>> _memory = new(StringComparer.Ordinal);

    private ProcessedImageStore(string? folder, bool readOnly = false) => (_folder, _readOnly) = (folder, readOnly);

    /// <summary>A store kept only in memory, for builds of sites that are not on disk (tests).</summary>
    public static ProcessedImageStore InMemory() => new(null);

    /// <summary>A store in <paramref name="folder"/>, created when first written.</summary>
    public static ProcessedImageStore InFolder(string folder) => new(Path.GetFullPath(folder));

    /// <summary>A store in <paramref name="folder"/> that is read but never written, for <c>check</c>, which writes nothing.</summary>
    public static ProcessedImageStore ReadOnlyInFolder(string folder) => new(Path.GetFullPath(folder), readOnly: true);

    /// <summary>The folder of a site's store, below its root.</summary>
    public static string FolderOf(string siteRoot) => Path.Combine(siteRoot, ".rarenews", "cache", "images");

    /// <summary>True for a store kept only in memory.</summary>
    public bool IsInMemory => _folder is null;

    // Part of every key: another SkiaSharp may make other bytes. Read once (GetName parses the assembly's name each time,
    // and a build asks for a key per photo and per share card).
    private static readonly string SkiaVersion = typeof(SkiaSharp.SKBitmap).Assembly.GetName().Version?.ToString() ?? "";

    /// <summary>The key of <paramref name="set"/>'s files under <paramref name="settings"/>.</summary>
    internal static string KeyOf(ImageSet set, ImageSettings settings)
    {
        var text = string.Join('\n',
            set.ContentHash,
            string.Join(',', settings.Widths.Select(w => w.ToString(CultureInfo.InvariantCulture))),
            string.Join(',', settings.Formats),
            settings.Quality.ToString(CultureInfo.InvariantCulture),
            ImageProcessor.Version.ToString(CultureInfo.InvariantCulture),
            SkiaVersion);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>A key made of <paramref name="parts"/> (for files made from more than one photo's bytes, such as share cards).</summary>
    internal static string KeyOf(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Concat(parts.Append(SkiaVersion).Select(p => p.Length.ToString(CultureInfo.InvariantCulture) + ":" + p + "\n")))));

    /// <summary>The kept files of <paramref name="key"/> by their name in <paramref name="names"/>, or null when any is missing.</summary>
    internal IReadOnlyDictionary<string, byte[]>? Read(string key, IReadOnlyCollection<string> names)
    {
        if (_folder is null)
        {
            return _memory.TryGetValue(key, out var kept) && names.All(kept.ContainsKey) ? kept : null;
        }
        var folder = FolderOfKey(key);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            foreach (var name in names)
            {
                files[name] = File.ReadAllBytes(Path.Combine(folder, name));
            }
        }
        catch (IOException)
        {
            return null; // not there (or only partly, from an older version): made again
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        return files;
    }

    /// <summary>Keeps <paramref name="files"/> under <paramref name="key"/>; a store that cannot be written is only slower, never wrong.</summary>
    internal void Write(string key, IReadOnlyDictionary<string, byte[]> files)
    {
        if (_folder is null)
        {
            _memory[key] = files;
            return;
        }
        if (_readOnly)
        {
            return;
        }
        var folder = FolderOfKey(key);
        var temporary = folder + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var (name, bytes) in files)
            {
                File.WriteAllBytes(Path.Combine(temporary, name), bytes);
            }
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true); // an incomplete one
            }
            Directory.Move(temporary, folder);
        }
        catch (IOException)
        {
            TryDelete(temporary); // another build kept the same files first, or the disk is full: the build goes on
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private string FolderOfKey(string key) => Path.Combine(_folder!, key[..2], key);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
