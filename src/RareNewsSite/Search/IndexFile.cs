using System.Security.Cryptography;
using System.Text;

namespace RareNewsSite.Search;

/// <summary>One file of the index with the SHA-256 of its UTF-8 text, which the index version is made of.</summary>
internal sealed record IndexFile(string Content, byte[] Hash)
{
    /// <summary>Hashes <paramref name="content"/>.</summary>
    public static IndexFile Of(string content) =>
        new(content, SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
