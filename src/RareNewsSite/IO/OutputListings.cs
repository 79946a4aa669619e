using System.IO.Hashing;
using System.Text;

namespace RareNewsSite.IO;

/// <summary>
/// The two listings a cache folder keeps of one output folder: the output's own and that of its <c>.previous</c>,
/// which the next build writes over. Each is named after the output folder's full path, so builds into other folders
/// keep listings of their own.
/// </summary>
internal sealed class OutputListings
{
    private readonly string _current;
    private readonly string _previous;
    private readonly string _version;

    /// <param name="cacheFolder">The cache folder (absolute).</param>
    /// <param name="output">The output folder (absolute).</param>
    /// <param name="version">The program's version: a listing another one wrote is not used.</param>
    public OutputListings(string cacheFolder, string output, string version)
    {
        var name = Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(output)));
        _current = Path.Combine(cacheFolder, "output", name + ".list");
        _previous = Path.Combine(cacheFolder, "output", name + ".previous.list");
        TracesFile = Path.Combine(cacheFolder, "output", name + ".traces");
        _version = version;
    }

    /// <summary>Where the build cache keeps how the output's files were made (<c>Engine/Incremental/TraceFile</c>).</summary>
    public string TracesFile { get; }

    /// <summary>What the output folder holds, as its last build listed it; null when that is not known.</summary>
    public OutputListing? Current() => OutputListing.Load(_current, _version, out _);

    /// <summary>The file that would list the previous build, for a warning to name.</summary>
    public string PreviousFile => _previous;

    /// <summary>What the previous build's folder holds, or an empty listing; <paramref name="problem"/> says why a listing kept was not used.</summary>
    public OutputListing Previous(out string? problem)
    {
        if (OutputListing.Load(_previous, _version, out problem) is { } listed)
        {
            return listed;
        }
        if (problem is not null && OutputListing.Load(_current, _version, out var other) is null && other is not null)
        {
            // The output's own listing is no better (both written by another version, say): it goes too, so that the
            // next build, which would take it as its previous one, does not warn again.
            TryDelete(_current);
        }
        return OutputListing.Empty();
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Saving the listings at the end of the build replaces it, or reports why it cannot.
        }
    }

    /// <summary>After a swap: the output's listing now describes the previous build, and <paramref name="written"/> the output.</summary>
    /// <exception cref="IOException">The cache folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The cache folder cannot be written.</exception>
    public void Swapped(OutputListing written)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_current)!);
        if (File.Exists(_current))
        {
            File.Move(_current, _previous, overwrite: true);
        }
        else
        {
            File.Delete(_previous);
        }
        written.Save(_current, _version);
        RemoveStaleTemporaries();
    }

    // A build killed while saving leaves its temporary files (<listing, traces or values>.<pid>.tmp); those whose process
    // has ended go.
    private void RemoveStaleTemporaries()
    {
        var name = Path.GetFileNameWithoutExtension(_current);
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_current)!, name + ".*.tmp"))
        {
            var pid = Path.GetExtension(Path.GetFileNameWithoutExtension(file)).TrimStart('.');
            if (int.TryParse(pid, out var id) && id != Environment.ProcessId && !StagingFolders.IsRunning(id))
            {
                TryDelete(file);
            }
        }
    }
}
