using System.Text;

namespace RareNewsSite.Search;

/// <summary>
/// Numbers written as URL- and JSON-safe characters, so postings need no escaping and no separators:
/// base-32 digits, most significant first; the last digit of a number comes from the upper half of the
/// alphabet. 0–31 take one character, up to 1023 two. Scores are one character (0–63).
/// </summary>
internal static class Base64Varint
{
    /// <summary>The 64 characters, in order.</summary>
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    /// <summary>Appends a non-negative number.</summary>
    public static void Append(StringBuilder builder, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Span<char> digits = stackalloc char[8];
        var count = 0;
        digits[count++] = Alphabet[32 + (value & 31)];
        for (value >>= 5; value > 0; value >>= 5)
        {
            digits[count++] = Alphabet[value & 31];
        }
        for (var i = count - 1; i >= 0; i--)
        {
            builder.Append(digits[i]);
        }
    }

    /// <summary>The most characters a posting takes: a number up to <see cref="int.MaxValue"/> (seven digits) and a score.</summary>
    public const int MaxPostingChars = 8;

    /// <summary>How many characters <see cref="Append"/> writes for a non-negative number.</summary>
    public static int Length(int value)
    {
        var count = 1;
        for (var rest = value >> 5; rest > 0; rest >>= 5)
        {
            count++;
        }
        return count;
    }

    /// <summary>Writes a non-negative number as <see cref="Append"/> does, into <paramref name="destination"/>; returns how many characters.</summary>
    public static int Write(Span<char> destination, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var count = Length(value);
        destination[count - 1] = Alphabet[32 + (value & 31)];
        var higher = value >> 5;
        for (var i = count - 2; i >= 0; i--)
        {
            destination[i] = Alphabet[higher & 31];
            higher >>= 5;
        }
        return count;
    }

    /// <summary>A score of 0–63 as its one character.</summary>
    public static char ScoreChar(int score) => Alphabet[Math.Clamp(score, 0, 63)];


    /// <summary>Reads back what <see cref="Append"/> wrote (for tests and tools).</summary>
    public static IReadOnlyList<int> Decode(string text)
    {
        var values = new List<int>();
        var value = 0;
        foreach (var c in text)
        {
            var digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 32)
            {
                value = value * 32 + digit;
            }
            else
            {
                values.Add(value * 32 + digit - 32);
                value = 0;
            }
        }
        return values;
    }
}
