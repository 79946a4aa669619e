using System.Globalization;

namespace RareNewsSite.Search;

/// <summary>
/// How much a match in each field counts, from the <c>SearchWeights</c> setting:
/// <c>"title=10, headings=4"</c>; fields not named keep their default.
/// </summary>
// One number per field, in an array indexed by the field: a dictionary keyed by an enum is a generic instantiation
// over a value type, which the ahead-of-time compiled framework does not hold, so every build compiled its ~100
// methods just in time to read ten numbers.
internal sealed class SearchWeights
{
    private static readonly double[] DefaultWeights = [10, 4, 3, 6, 6, 3, 3, 3, 1, 1];

    private readonly double[] _weights;

    private SearchWeights(double[] weights) => _weights = weights;

    /// <summary>The defaults: title and headings weigh most, then diseases and drugs, the body least.</summary>
    public static SearchWeights Default { get; } = new(DefaultWeights);

    /// <summary>The weight of one field.</summary>
    public double this[SearchField field] => _weights[(int)field];

    /// <summary>Parses the setting; returns null and a message when it is not valid.</summary>
    public static SearchWeights? Parse(string text, out string? error)
    {
        error = null;
        var weights = (double[])DefaultWeights.Clone();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !Enum.TryParse<SearchField>(pair[0], ignoreCase: true, out var field) || !Enum.IsDefined(field) || int.TryParse(pair[0], out _))
            {
                error = $"'SearchWeights' has an unknown field in \"{part}\"; fields are {string.Join(", ", Enum.GetNames<SearchField>().Select(n => n.ToLowerInvariant()))}";
                return null;
            }
            if (!double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight is < 0 or > 100)
            {
                error = $"'SearchWeights' needs a number from 0 to 100 for {pair[0]}, not \"{pair[1]}\"";
                return null;
            }
            weights[(int)field] = weight;
        }
        return new SearchWeights(weights);
    }
}
