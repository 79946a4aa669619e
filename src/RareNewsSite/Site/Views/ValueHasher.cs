using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace RareNewsSite.Site.Views;

/// <summary>
/// Hashes a sequence of values for a value dependency (<see cref="ValueKey"/>) as they come, without joining
/// them into one string first: the preview hashes the whole article list and sitemap on every rebuild.
/// Keys are only compared within one process, so the bytes hashed are the strings' own UTF-16.
/// </summary>
public sealed class ValueHasher
{
    private static readonly byte[] Separator = [0x1f, 0];
    private static readonly byte[] Null = [0, 0];
    private readonly XxHash128 _hash = new();

    /// <summary>Adds a text (null and empty differ).</summary>
    public ValueHasher Add(string? value)
    {
        _hash.Append(value is null ? Null : MemoryMarshal.AsBytes(value.AsSpan()));
        _hash.Append(Separator);
        return this;
    }

    /// <summary>Adds a number.</summary>
    public ValueHasher Add(long value)
    {
        _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in value)));
        _hash.Append(Separator);
        return this;
    }

    /// <summary>Adds a moment exactly as written (the instant and its offset).</summary>
    public ValueHasher Add(DateTimeOffset? value) => value is { } moment ? Add(moment.UtcTicks).Add(moment.Offset.Ticks) : Add((string?)null);

    /// <summary><c>@name=hash</c> of everything added.</summary>
    public string Key(string name) => $"@{name}={Convert.ToHexStringLower(_hash.GetCurrentHash())}";
}
