using System.Text;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>
/// Reads a listed file as text. Strips a UTF-8 BOM and normalises CRLF, so editors on any system get the same
/// result; invalid UTF-8 or binary content is a diagnostic.
/// </summary>
internal sealed class ReadText : IDocumentModule
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context) =>
        Decode(context.Files.ReadAllBytes(doc.Source!), doc.Source!, context.Diagnostics) is { } text ? doc with { Content = text } : null;

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
