using System.Text;
using Scriban.Runtime;

namespace RareNewsSite.Templates;

/// <summary>
/// Where a page's layouts write: straight into UTF-8, the bytes the page is written as. Laid out into Scriban's
/// usual StringBuilder, a page was built in chunks, copied into a string and encoded again (at 1,000 articles the
/// allocations alone took a third of the layout step's time); and a rendered body kept as UTF-8
/// (<see cref="Site.Views.RawHtml.Compact"/>) is copied in as it is, never decoded.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    // A buffer this big after a page (a list of thousands of links) is let go rather than kept by its thread.
    private const int LargestKept = 4 << 20;

    [ThreadStatic]
    private static Utf8Output? _forThisThread;

    private byte[] _buffer = new byte[64 << 10];
    private int _length;

    /// <summary>The output of the calling thread, empty: pages are laid out one at a time on a thread.</summary>
    public static Utf8Output ForThisThread()
    {
        var output = _forThisThread ??= new Utf8Output();
        output.Clear();
        return output;
    }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <inheritdoc />
    public void Write(string text, int offset, int count) => WriteChars(text.AsSpan(offset, count));

    /// <summary>Writes text that is already UTF-8.</summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        Reserve(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    /// <summary>
    /// Writes <paramref name="text"/> HTML-encoded exactly as <see cref="System.Net.WebUtility.HtmlEncode(string)"/> encodes
    /// it, without making the encoded string first: most of what a page prints is short text with nothing to encode.
    /// </summary>
    public void WriteHtmlEncoded(ReadOnlySpan<char> text)
    {
        while (text.IndexOfAny(ToEncode) is var at and >= 0)
        {
            WriteChars(text[..at]);
            var consumed = 1;
            switch (text[at])
            {
                case '<': Write("&lt;"u8); break;
                case '>': Write("&gt;"u8); break;
                case '&': Write("&amp;"u8); break;
                case '"': Write("&quot;"u8); break;
                case '\'': Write("&#39;"u8); break;
                case var c when !char.IsSurrogate(c): WriteNumericReference(c); break; // U+00A0 to U+00FF
                case var c when at + 1 < text.Length && char.IsSurrogatePair(c, text[at + 1]):
                    WriteNumericReference(char.ConvertToUtf32(c, text[at + 1]));
                    consumed = 2;
                    break;
                default: Write("\uFFFD"u8); break; // a lone surrogate, as WebUtility replaces it
            }
            text = text[(at + consumed)..];
        }
        WriteChars(text);
    }

    // What WebUtility.HtmlEncode changes: the five markup characters, Latin-1's upper half, and surrogates.
    private static readonly System.Buffers.SearchValues<char> ToEncode = System.Buffers.SearchValues.Create(
        "<>&\"'" + new string([.. Enumerable.Range(0xA0, 0x60).Select(c => (char)c)]) + new string([.. Enumerable.Range(0xD800, 0x800).Select(c => (char)c)]));

    private void WriteChars(ReadOnlySpan<char> text)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
    }

    private void WriteNumericReference(int codePoint)
    {
        Write("&#"u8);
        Reserve(7); // a code point has at most 7 digits
        codePoint.TryFormat(_buffer.AsSpan(_length), out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        _length += digits;
        Write(";"u8);
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Forgets what was written.</summary>
    public void Clear()
    {
        _length = 0;
        if (_buffer.Length > LargestKept)
        {
            _buffer = new byte[64 << 10];
        }
    }

    /// <summary>The text written so far (what Scriban's own outputs give; the renderer takes <see cref="Written"/>).</summary>
    public override string ToString() => Encoding.UTF8.GetString(Written);

    private void Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }
    }
}
