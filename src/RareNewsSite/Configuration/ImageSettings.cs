using System.Globalization;
using RareNewsSite.Engine;

namespace RareNewsSite.Configuration;

/// <summary>
/// What the image settings of <c>statiq.json</c> ask for, parsed: the widths photos are published at, the formats written
/// next to their own, and the encoders' quality. Equal settings make equal files, so this is part of the image cache's key.
/// </summary>
/// <param name="Widths">The widths, ascending, without duplicates.</param>
/// <param name="Formats">The extra formats (<c>webp</c>), in the order given.</param>
/// <param name="Quality">JPEG and WebP quality, 1–100.</param>
public sealed record ImageSettings(ValueArray<int> Widths, ValueArray<string> Formats, int Quality)
{
    /// <summary>The formats that can be written next to a photo's own.</summary>
    public static readonly IReadOnlyList<string> KnownFormats = ["webp"];

    /// <summary>The image settings of <paramref name="settings"/> (their defaults where a value does not parse; <see cref="Problems"/> says which).</summary>
    public static ImageSettings From(SiteSettings settings)
    {
        var widths = ParseWidths(settings.ImageWidths) ?? ParseWidths(new SiteSettings().ImageWidths)!;
        var formats = ParseFormats(settings.ImageFormats) ?? [];
        return new ImageSettings(new ValueArray<int>([.. widths]), new ValueArray<string>([.. formats]), Math.Clamp(settings.ImageQuality, 1, 100));
    }

    /// <summary>What is wrong with the image settings, one message each.</summary>
    public static IEnumerable<string> Problems(SiteSettings settings)
    {
        if (ParseWidths(settings.ImageWidths) is null)
        {
            yield return $"'ImageWidths' must be a list of widths in pixels between 16 and 8000, such as \"480, 800, 1200, 1600\", not \"{settings.ImageWidths}\"";
        }
        if (ParseFormats(settings.ImageFormats) is null)
        {
            yield return $"'ImageFormats' may name {string.Join(", ", KnownFormats)} (or be \"\" for none), not \"{settings.ImageFormats}\"";
        }
        if (settings.ImageQuality is < 1 or > 100)
        {
            yield return $"'ImageQuality' must be between 1 and 100, not {settings.ImageQuality}";
        }
    }

    private static int[]? ParseWidths(string text)
    {
        var widths = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var width) || width is < 16 or > 8000)
            {
                return null;
            }
            widths.Add(width);
        }
        // Sorted and each once, without a sorted set of numbers: its code would be compiled at every start.
        widths.Sort();
        var distinct = new List<int>(widths.Count);
        foreach (var width in widths)
        {
            if (distinct.Count == 0 || distinct[^1] != width)
            {
                distinct.Add(width);
            }
        }
        return distinct.Count == 0 ? null : [.. distinct];
    }

    private static string[]? ParseFormats(string text)
    {
        var formats = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToLowerInvariant()).Distinct().ToArray();
        return formats.All(KnownFormats.Contains) ? formats : null;
    }
}
