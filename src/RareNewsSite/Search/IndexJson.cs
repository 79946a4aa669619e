using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace RareNewsSite.Search;

/// <summary>
/// Writes the index's JSON files: compact, any letter as it is, but <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes
/// escaped so no file can be read as markup. Each thread reuses one buffer and writer, since an index is
/// thousands of files written in parallel, and a file's hash is taken from the bytes written, not from its text
/// encoded again.
/// </summary>
internal static class IndexJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? _reused;

    /// <summary>The file <paramref name="write"/> writes, with its hash.</summary>
    public static IndexFile File(Action<Utf8JsonWriter> write) => IndexFile.OfUtf8(Written(write));

    /// <summary>The UTF-8 bytes <paramref name="write"/> writes.</summary>
    public static byte[] Bytes(Action<Utf8JsonWriter> write) => Written(write).ToArray();

    // Valid until the thread's next write.
    private static ReadOnlySpan<byte> Written(Action<Utf8JsonWriter> write)
    {
        if (_reused is not var (buffer, writer))
        {
            buffer = new ArrayBufferWriter<byte>(16 * 1024);
            writer = new Utf8JsonWriter(buffer, Options);
            _reused = (buffer, writer);
        }
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        return buffer.WrittenSpan;
    }
}
