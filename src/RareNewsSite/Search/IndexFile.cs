using System.Security.Cryptography;
using System.Text;

namespace RareNewsSite.Search;

/// <summary>
/// One file of the index as the UTF-8 bytes written, with their SHA-256, which the index version is made of. Bytes rather
/// than text: a result fragment holds most of its article's text, and 100,000 of them as UTF-16 strings took 1 GiB.
/// </summary>
internal sealed record IndexFile(byte[] Utf8, byte[] Hash)
{
    /// <summary>Hashes <paramref name="content"/>.</summary>
    public static IndexFile Of(string content) => OfUtf8(Encoding.UTF8.GetBytes(content));

    /// <summary>The file of the UTF-8 bytes <paramref name="utf8"/>.</summary>
    public static IndexFile OfUtf8(ReadOnlySpan<byte> utf8) => new(utf8.ToArray(), SHA256.HashData(utf8));
}
