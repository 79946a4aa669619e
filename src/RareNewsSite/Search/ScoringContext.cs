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
    /// The per-page part of BM25F for each term, as one character's worth (1–63): each field's term
    /// frequency divided by its length normalisation and weighted, then saturated. Terms scoring 0 are left out.
    /// </summary>
    public (string Term, int Score)[] Scores(DocumentTerms terms)
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
        var kept = 0;
        for (var t = 0; t < count; t++)
        {
            var tf = weighted[t];
            var saturated = tf * (K1 + 1) / (K1 + tf);
            var score = (int)Math.Round(saturated / (K1 + 1) * 63);
            weighted[t] = Math.Min(63, score); // a whole number from here on; 0 or less: left out
            kept += score > 0 ? 1 : 0;
        }
        var scores = new (string Term, int Score)[kept];
        kept = 0;
        for (var t = 0; t < count; t++)
        {
            if (weighted[t] > 0)
            {
                scores[kept++] = (terms.Terms[t], (int)weighted[t]);
            }
        }
        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }
        return scores;
    }
}
