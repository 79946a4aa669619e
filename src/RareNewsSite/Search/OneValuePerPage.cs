using System.Text;

namespace RareNewsSite.Search;

/// <summary>
/// A facet of which every page has exactly one value (the year always; the author on most sites), written for
/// <c>filters.json</c> as each page's value in turn, in the fewest bits that hold the largest, packed six to a character
/// (<see cref="SixBitWriter"/>). For such a facet this takes fewer bytes than each value's pages (<see cref="RiceLists"/>):
/// with 40 authors, one character a page instead of about seven bits a page plus the list overhead.
/// </summary>
internal static class OneValuePerPage
{
    /// <summary>The bits each value takes when there are <paramref name="count"/> values (at least one bit).</summary>
    public static int Width(int count) => Math.Max(1, 32 - int.LeadingZeroCount(Math.Max(0, count - 1)));

    /// <summary>Appends each page's value, <paramref name="width"/> bits each.</summary>
    public static void Append(StringBuilder builder, IReadOnlyList<int> values, int width)
    {
        var bits = new SixBitWriter(builder);
        foreach (var value in values)
        {
            bits.Write(value, width);
        }
        bits.Flush();
    }

    /// <summary>Reads back <paramref name="count"/> values of <paramref name="width"/> bits (for tests and tools).</summary>
    public static List<int> Decode(string text, int count, int width)
    {
        var values = new List<int>(count);
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            var value = 0;
            for (var b = 0; b < width; b++, at++)
            {
                value = value * 2 + ((Base64Varint.Alphabet.IndexOf(text[at / 6], StringComparison.Ordinal) >> (5 - at % 6)) & 1);
            }
            values.Add(value);
        }
        return values;
    }
}
