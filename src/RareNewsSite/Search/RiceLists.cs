using System.Text;

namespace RareNewsSite.Search;

/// <summary>
/// Ascending lists of page ids, written compactly for <c>filters.json</c> (each facet value's pages). A list is its
/// length (<see cref="Base64Varint"/>), its Rice parameter k (one character of the same alphabet), then the gaps
/// between its ids (the first id counts from -1, and a gap is one less than the difference, so it is never negative),
/// Golomb–Rice coded: a gap g as g &gt;&gt; k one-bits and a zero-bit, then g's low k bits, most significant first.
/// The bits are packed six to a character of the alphabet, the last character padded with zero-bits.
/// </summary>
/// <remarks>
/// Why not <see cref="Base64Varint"/> gaps as the postings use: facet lists are long and their gaps spread evenly
/// (a topic on one page in a hundred has gaps of about a hundred), so base-32 digits waste most of a character on
/// every gap. Rice codes are within a few percent of the fewest bits such lists can take; at 10,000 pages they make the
/// facet file, which the first query loads, about a third smaller on the wire. <c>theme/assets/search.js</c> reads them.
/// </remarks>
internal static class RiceLists
{
    /// <summary>The largest Rice parameter tried; gaps are page counts, so 2^24 is more than any site.</summary>
    private const int MaxK = 24;

    /// <summary>Appends <paramref name="ids"/> (ascending, no repeats, none negative).</summary>
    public static void Append(StringBuilder builder, IReadOnlyList<int> ids)
    {
        var gaps = new int[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            gaps[i] = ids[i] - (i == 0 ? -1 : ids[i - 1]) - 1;
            if (gaps[i] < 0)
            {
                throw new ArgumentException("Page ids must be ascending, without repeats, and not negative.", nameof(ids));
            }
        }
        var k = BestK(gaps);
        Base64Varint.Append(builder, ids.Count);
        builder.Append(Base64Varint.Alphabet[k]);
        var bits = new SixBitWriter(builder);
        foreach (var gap in gaps)
        {
            for (var q = gap >> k; q > 0; q--)
            {
                bits.Write(1);
            }
            bits.Write(0);
            for (var b = k - 1; b >= 0; b--)
            {
                bits.Write((gap >> b) & 1);
            }
        }
        bits.Flush();
    }

    /// <summary>Reads the lists <see cref="Append"/> wrote one after another (for tests and tools).</summary>
    public static List<List<int>> Decode(string text)
    {
        var lists = new List<List<int>>();
        var at = 0;
        while (at < text.Length)
        {
            var length = 0;
            int digit;
            while ((digit = Base64Varint.Alphabet.IndexOf(text[at++], StringComparison.Ordinal)) < 32)
            {
                length = length * 32 + digit;
            }
            length = length * 32 + digit - 32;
            var k = Base64Varint.Alphabet.IndexOf(text[at++], StringComparison.Ordinal);
            var bit = 0;
            int Next()
            {
                var value = (Base64Varint.Alphabet.IndexOf(text[at], StringComparison.Ordinal) >> (5 - bit)) & 1;
                if (++bit == 6)
                {
                    (bit, at) = (0, at + 1);
                }
                return value;
            }
            var ids = new List<int>(length);
            var id = -1;
            for (var i = 0; i < length; i++)
            {
                var gap = 0;
                while (Next() == 1)
                {
                    gap++;
                }
                for (var b = 0; b < k; b++)
                {
                    gap = gap * 2 + Next();
                }
                // gap now holds q * 2^k + the low bits
                id += gap + 1;
                ids.Add(id);
            }
            if (bit > 0)
            {
                at++;
            }
            lists.Add(ids);
        }
        return lists;
    }

    /// <summary>The parameter that codes <paramref name="gaps"/> in the fewest bits.</summary>
    private static int BestK(int[] gaps)
    {
        var (best, fewest) = (0, long.MaxValue);
        for (var k = 0; k <= MaxK; k++)
        {
            long bits = 0;
            foreach (var gap in gaps)
            {
                bits += (gap >> k) + 1 + k;
            }
            if (bits < fewest)
            {
                (best, fewest) = (k, bits);
            }
        }
        return best;
    }
}
