using System.Buffers;

namespace RareNewsSite.Search;

/// <summary>
/// What a page's BM25F scores depend on besides its own terms: the field weights and the average field
/// lengths over all pages. The averages are rounded to two significant digits (<see cref="Round"/>), so that
/// editing one article does not move them and every other page keeps its scores; the ranking changes by
/// at most a few percent of a field's length normalisation, far below the one-in-63 step of a stored score.
/// </summary>
internal sealed class ScoringContext
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly double[] _weights;
    private readonly double[] _averages;

    private ScoringContext(double[] weights, double[] averages)
    {
        _weights = weights;
        _averages = averages;
    }

    /// <summary>Adds (<paramref name="sign"/> 1) or takes away (-1) a page's field lengths from <paramref name="sums"/>.</summary>
    public static void Add(long[] sums, DocumentTerms terms, int sign)
    {
        for (var f = 0; f < sums.Length; f++)
        {
            sums[f] += sign * terms.Lengths[f];
        }
    }

    /// <summary>
    /// The context for <paramref name="count"/> pages whose field lengths add up to <paramref name="sums"/>:
    /// <paramref name="previous"/> itself when its weights and rounded averages are the same, so the scores computed
    /// with it stay valid.
    /// </summary>
    public static ScoringContext For(SearchWeights weights, long[] sums, int count, ScoringContext? previous)
    {
        var weightOf = Enum.GetValues<SearchField>().Select(f => weights[f]).ToArray();
        var averages = sums.Select(sum => Math.Max(1.0, Round(count == 0 ? 0 : (double)sum / count))).ToArray();
        return previous is not null && previous._weights.AsSpan().SequenceEqual(weightOf) && previous._averages.AsSpan().SequenceEqual(averages)
            ? previous
            : new ScoringContext(weightOf, averages);
    }

    /// <summary>Rounds to two significant digits: 0.123 → 0.12, 8.46 → 8.5, 407.2 → 410.</summary>
    public static double Round(double value)
    {
        if (value <= 0 || !double.IsFinite(value))
        {
            return 0;
        }
        var scale = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return Math.Round(value / scale, MidpointRounding.AwayFromZero) * scale;
    }

    /// <summary>
    /// The per-page part of BM25F for each term (by its position in <see cref="DocumentTerms.Terms"/>), as one
    /// character's worth (1–63): each field's term frequency divided by its length normalisation and weighted, then
    /// saturated. Terms scoring 0 get no posting.
    /// </summary>
    public byte[] Scores(DocumentTerms terms)
    {
        var count = terms.Terms.Length;
        var rented = count > 512 ? ArrayPool<double>.Shared.Rent(count) : null;
        var weighted = rented is null ? stackalloc double[count] : rented.AsSpan(0, count);
        weighted.Clear();
        // Summed field by field in field order, as BM25F's formula reads, so the doubles come out the same every time.
        for (var f = 0; f < _averages.Length; f++)
        {
            var norm = 1 - B + B * terms.Lengths[f] / _averages[f];
            foreach (var (term, n) in terms.CountsOf((SearchField)f))
            {
                weighted[term] += _weights[f] * n / norm;
            }
        }
        var scores = new byte[count];
        for (var t = 0; t < count; t++)
        {
            var tf = weighted[t];
            var saturated = tf * (K1 + 1) / (K1 + tf);
            var score = (int)Math.Round(saturated / (K1 + 1) * 63);
            scores[t] = (byte)Math.Clamp(score, 0, 63);
        }
        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }
        return scores;
    }
}
