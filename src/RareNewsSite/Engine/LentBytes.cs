using System.Buffers;
using System.Runtime.InteropServices;

namespace RareNewsSite.Engine;

/// <summary>
/// The bytes of a large file of the output (a feed of full articles runs to hundreds of kilobytes), held in an array lent
/// by the shared pool when the engine can take it back. A fresh array that size goes on the large-object heap, which only
/// a full collection frees: at 10,000 articles the feeds alone started a dozen compacting full collections in a cold build.
/// </summary>
/// <remarks>
/// Who owns a lent array: the one document made with it, until the page sink has written that document and handed back
/// a copy without its bytes (<see cref="GiveBack"/>). That happens only in a build that keeps no step's documents (no
/// cache in memory), for the step that makes its pipeline's files; anywhere else the bytes are an array of their own
/// size, which nothing gives back. So a module hands such a document on once, as the step's output, and never keeps it.
/// </remarks>
internal static class LentBytes
{
    // One stream per thread to write into, grown once to the largest file, so a file costs one array: the one it keeps.
    [ThreadStatic]
    private static MemoryStream? _scratch;

    /// <summary>Returns <paramref name="doc"/> holding what <paramref name="write"/> writes; lent when <paramref name="lend"/>.</summary>
    public static Document Write(Document doc, Action<Stream> write, bool lend)
    {
        // Taken out while in use, in case writing one file writes another on the same thread.
        var scratch = _scratch ?? new MemoryStream();
        _scratch = null;
        try
        {
            scratch.SetLength(0);
            write(scratch);
            var written = scratch.GetBuffer().AsSpan(0, (int)scratch.Length);
            if (!lend)
            {
                return doc with { Bytes = written.ToArray(), Lent = null };
            }
            var array = ArrayPool<byte>.Shared.Rent(written.Length);
            written.CopyTo(array);
            return doc with { Bytes = array.AsMemory(0, written.Length), Lent = array };
        }
        finally
        {
            _scratch = scratch;
        }
    }

    /// <summary>
    /// Gives back the array <paramref name="made"/> was lent once <paramref name="written"/>, what the page sink handed back
    /// for it, holds no bytes: the file is written and nothing else holds the document.
    /// </summary>
    public static void GiveBack(Document made, Document written)
    {
        if (made.Lent is { } lent && written.Bytes is null
            && made.Bytes is { } bytes && MemoryMarshal.TryGetArray(bytes, out var segment) && ReferenceEquals(segment.Array, lent))
        {
            ArrayPool<byte>.Shared.Return(lent);
        }
    }
}
