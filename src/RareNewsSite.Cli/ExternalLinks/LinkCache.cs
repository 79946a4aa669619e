using System.Text.Json;
using System.Text.Json.Serialization;

namespace RareNewsSite.Cli.ExternalLinks;

/// <summary>
/// Answers of the last day, kept in <c>.rarenews/cache/links.json</c> under the site root so that running
/// <c>check --external</c> again does not ask every server again. Only answers are kept: a host that was down is asked
/// again next time. A missing or unreadable file is an empty cache.
/// </summary>
public sealed class LinkCache
{
    /// <summary>The file, relative to the site root.</summary>
    public const string RelativePath = ".rarenews/cache/links.json";

    /// <summary>How long an answer is trusted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private readonly Dictionary<string, LinkResult> _entries;
    private readonly string _file;

    private LinkCache(string file, Dictionary<string, LinkResult> entries)
    {
        _file = file;
        _entries = entries;
    }

    /// <summary>The cache of the site at <paramref name="root"/>.</summary>
    public static LinkCache Load(string root)
    {
        var file = Path.Combine(root, RelativePath);
        try
        {
            var entries = File.Exists(file) ? JsonSerializer.Deserialize(File.ReadAllBytes(file), LinkCacheJson.Default.DictionaryStringLinkResult) : null;
            return new LinkCache(file, entries ?? new(StringComparer.Ordinal));
        }
        catch (JsonException)
        {
            return new LinkCache(file, new(StringComparer.Ordinal));
        }
    }

    /// <summary>The answer kept for <paramref name="url"/> if it is younger than a day at <paramref name="now"/>.</summary>
    public LinkResult? Fresh(string url, DateTimeOffset now) =>
        _entries.TryGetValue(url, out var result) && result.Answered && now - result.Checked < Lifetime && result.Checked <= now ? result : null;

    /// <summary>Keeps the answers among <paramref name="results"/>, drops entries older than a day, and writes the file.</summary>
    public void Save(IReadOnlyDictionary<string, LinkResult> results, DateTimeOffset now)
    {
        foreach (var (url, result) in results.Where(r => r.Value.Answered))
        {
            _entries[url] = result;
        }
        foreach (var stale in _entries.Where(e => now - e.Value.Checked >= Lifetime).Select(e => e.Key).ToList())
        {
            _entries.Remove(stale);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        File.WriteAllBytes(_file, JsonSerializer.SerializeToUtf8Bytes(new SortedDictionary<string, LinkResult>(_entries, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal), LinkCacheJson.Default.DictionaryStringLinkResult));
    }
}

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Dictionary<string, LinkResult>))]
internal sealed partial class LinkCacheJson : JsonSerializerContext;
