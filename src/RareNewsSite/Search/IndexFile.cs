using System.Security.Cryptography;
using System.Text;

namespace RareNewsSite.Search;

/// <summary>One file of the index with the SHA-256 of its UTF-8 text, which the index version is made of.</summary>
internal sealed record IndexFile(string Content, byte[] Hash)
{
    /// <summary>Hashes <paramref name="content"/>.</summary>
    public static IndexFile Of(string content) =>
        new(content, SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>The file whose UTF-8 text is <paramref name="utf8"/> (valid UTF-8, so its text encodes back to these very bytes).</summary>
    public static IndexFile OfUtf8(ReadOnlySpan<byte> utf8) =>
        new(Encoding.UTF8.GetString(utf8), SHA256.HashData(utf8));
}
