using System.Collections.Immutable;
using System.Text;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;

namespace RareNewsSite.Modules;

/// <summary>
/// Reads the text files below a folder of the site root. Strips a UTF-8 BOM and normalises CRLF, so
/// editors on any system get the same result; invalid UTF-8 or binary content is a diagnostic.
/// </summary>
public sealed class ReadFiles(string folder, string suffix = ".md") : IModule
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var paths = context.Files.ListFiles(folder, suffix);
        return Task.FromResult(ParallelDocuments.Select(paths, path =>
        {
            // The preview's file cache hands back the same array until the file changes, so an unchanged file
            // gives the very same document and every per-document step after this one reuses its own output too.
            var bytes = context.Files.ReadAllBytes(path);
            return Memoized.Get<Memo, byte[], Document>(context.Memory, bytes, path, context.Diagnostics,
                diagnostics => Decode(bytes, path, diagnostics) is { } text
                    ? new Document { Source = path, Content = text, Dependencies = Document.DependencySet([path]) }
                    : null);
        }, cancellationToken));
    }

    /// <summary>Documents by the bytes read, in preview.</summary>
    private sealed class Memo : IdentityMemo<byte[], Document>;

    /// <summary>Decodes strict UTF-8 without BOM and with LF line ends, or reports why not.</summary>
    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }
        if (span.IndexOf((byte)0) >= 0)
        {
            diagnostics.Error(SourceSpan.File(path), DiagnosticIds.InvalidEncoding, "the file is binary, not Markdown text");
            return null;
        }
        try
        {
            return StrictUtf8.GetString(span).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = PositionOf(span, e.Index);
            diagnostics.Error(new SourceSpan(path, line, column), DiagnosticIds.InvalidEncoding, "the file is not valid UTF-8 text; save it as UTF-8");
            return null;
        }
    }

    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..Math.Clamp(index, 0, bytes.Length)];
        var line = before.Count((byte)'\n') + 1;
        var column = before.Length - before.LastIndexOf((byte)'\n');
        return (line, column);
    }
}
