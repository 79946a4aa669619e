using System.Buffers;
using System.Text;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;

namespace RareNewsSite.Building;

/// <summary>Writes a build's pages into an output folder, in parallel, straight from each document's text or bytes.</summary>
internal static class PageWriter
{
    /// <summary>
    /// Writes every page. A full disk is the user's to fix, so it comes back as a diagnostic naming the file
    /// (under <paramref name="outputShownAs"/>, the output folder as the user named it); any other failure is thrown.
    /// </summary>
    public static Diagnostic? WriteAll(IEnumerable<Document> pages, IOutputFolder output, string outputShownAs)
    {
        try
        {
            Parallel.ForEach(pages, page => Write(output, page));
            return null;
        }
        catch (AggregateException error) when (error.InnerExceptions.Any(e => e is OutputFullException))
        {
            // Several writers may hit the full disk at once; name one, the same one whichever thread got there first.
            return DiskFull(error.InnerExceptions.OfType<OutputFullException>().MinBy(e => e.Path, StringComparer.Ordinal)!, outputShownAs);
        }
    }

    /// <summary>The error for a file that could not be written for a full disk, named under <paramref name="outputShownAs"/>.</summary>
    public static Diagnostic DiskFull(OutputFullException full, string outputShownAs)
    {
        var path = outputShownAs.Length == 0 ? full.Path : outputShownAs.TrimEnd('/') + "/" + full.Path;
        var message = full.Quota
            ? "disk quota exceeded while writing this file; free some space or raise the quota and build again"
            : "no space left on the device while writing this file; free some space and build again";
        return new Diagnostic(SourceSpan.File(path), DiagnosticSeverity.Error, DiagnosticIds.DiskFull, message);
    }

    /// <summary>Writes one page from its bytes, or from its text encoded as UTF-8.</summary>
    public static void Write(IOutputFolder output, Document page)
    {
        if (page.Bytes is { } bytes)
        {
            output.Write(page.Destination!, bytes.Span);
            return;
        }
        // Encode into a pooled buffer rather than a new array per page: the folder copies what it keeps.
        // A long page (the sitemap of 10,000 articles) is measured first: its largest size would take a pooled array of
        // several MiB, made fresh on the large-object heap.
        var content = page.Content;
        var buffer = ArrayPool<byte>.Shared.Rent(content.Length < 1 << 16 ? Encoding.UTF8.GetMaxByteCount(content.Length) : Encoding.UTF8.GetByteCount(content));
        try
        {
            var length = Encoding.UTF8.GetBytes(content, buffer);
            output.Write(page.Destination!, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
