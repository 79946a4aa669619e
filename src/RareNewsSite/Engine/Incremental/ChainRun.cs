using RareNewsSite.Diagnostics;

namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// What a build with a cache on disk keeps of one document's way through the last steps of its pipeline (the steps that
/// make its pages): the document it was given (<see cref="Input"/>, its trace), what the steps read with the hash of
/// each value seen, what they made and what they reported. A later build that is given a document with the same trace,
/// and whose every read hashes the same, takes what was made from the last output instead of making it again.
/// </summary>
/// <param name="Chain">The steps, as their names joined.</param>
/// <param name="Input">The trace of the document the steps were given.</param>
/// <param name="Reads">What the steps read, each with the hash of the value seen.</param>
/// <param name="Outputs">What they made.</param>
/// <param name="Diagnostics">What they reported, reported again when the run is reused.</param>
internal sealed record ChainRun(string Chain, UInt128 Input, (Read Read, UInt128 Hash)[] Reads, MadeFile[] Outputs, Diagnostic[] Diagnostics);

/// <summary>
/// A document a <see cref="ChainRun"/> made: its addresses, its trace, the hash and length of the file it was written as,
/// the values kept with it (text, numbers, dates and switches, which the sitemap and the build's summary read) and the
/// keys of the values that were not kept.
/// </summary>
internal sealed record MadeFile(
    string? Source, string? Destination, UInt128 Trace, UInt128 FileHash, long FileLength,
    (string Key, object Value)[] Kept, string[] NotKept)
{
    /// <summary>True for a value small and plain enough to keep with the cache.</summary>
    public static bool Keeps(object value) =>
        value is string or bool or int or long or double or DateTimeOffset or DateTime;
}
