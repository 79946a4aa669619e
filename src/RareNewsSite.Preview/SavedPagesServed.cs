namespace RareNewsSite.Preview;

/// <summary>
/// The saved pages a preview served while its first build ran, with their bytes: once that build is done they are
/// compared with what it made. Closed then, under the same lock a page is noted under, so that no page is served from
/// the saved ones after the comparison.
/// </summary>
internal sealed class SavedPagesServed(SavedPages saved)
{
    private readonly Dictionary<string, byte[]> _served = new(StringComparer.Ordinal);
    private bool _closed;

    public string? LinkRoot => saved.LinkRoot;

    /// <summary>The saved file at <paramref name="path"/>, noted as served; null when there is none that can be trusted or after <see cref="Close"/>.</summary>
    public byte[]? Serve(string path)
    {
        var bytes = saved.Read(path);
        lock (_served)
        {
            if (_closed || bytes is null)
            {
                return null;
            }
            _served[path] = bytes;
            return bytes;
        }
    }

    /// <summary>Serves nothing more; gives what was served.</summary>
    public IReadOnlyDictionary<string, byte[]> Close()
    {
        lock (_served)
        {
            _closed = true;
            return _served;
        }
    }
}
