using System.Collections.Immutable;
using System.Globalization;

namespace RareNewsSite.Search;

/// <summary>
/// How much a match in each field counts, from the <c>SearchWeights</c> setting:
/// <c>"title=10, headings=4"</c>; fields not named keep their default.
/// </summary>
internal sealed class SearchWeights
{
    /// <summary>The defaults: title and headings weigh most, then diseases and drugs, the body least.</summary>
    public static ImmutableDictionary<SearchField, double> Defaults { get; } = new Dictionary<SearchField, double>
    {
        [SearchField.Title] = 10,
        [SearchField.Headings] = 4,
        [SearchField.Summary] = 3,
        [SearchField.Diseases] = 6,
        [SearchField.Drugs] = 6,
        [SearchField.Symptoms] = 3,
        [SearchField.Tags] = 3,
        [SearchField.Authors] = 3,
        [SearchField.Body] = 1,
        [SearchField.Aliases] = 1,
    }.ToImmutableDictionary();

    private SearchWeights(ImmutableDictionary<SearchField, double> weights) => Weights = weights;

    /// <summary>The weight of every field.</summary>
    public ImmutableDictionary<SearchField, double> Weights { get; }

    /// <summary>The weight of one field.</summary>
    public double this[SearchField field] => Weights[field];

    /// <summary>Parses the setting; returns null and a message when it is not valid.</summary>
    public static SearchWeights? Parse(string text, out string? error)
    {
        error = null;
        var weights = Defaults;
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
            weights = weights.SetItem(field, weight);
        }
        return new SearchWeights(weights);
    }

    /// <summary>The defaults.</summary>
    public static SearchWeights Default { get; } = new(Defaults);
}
