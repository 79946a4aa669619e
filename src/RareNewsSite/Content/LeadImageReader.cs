using System.Globalization;
using System.Text.RegularExpressions;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Content;

/// <summary>What readers are told about a lead image: its caption and who made it, under which licence, with links.</summary>
/// <param name="Caption">The caption, or null.</param>
/// <param name="Credit">Who made it ("Photo: Ana Silva"), or null.</param>
/// <param name="CreditUrl">Where the credit links (the photographer, the source), or null.</param>
/// <param name="License">The licence's name ("CC BY 4.0"), or null.</param>
/// <param name="LicenseUrl">The licence's text, or null.</param>
public sealed record ImageCredit(string? Caption, string? Credit, string? CreditUrl, string? License, string? LicenseUrl);

/// <summary>The point of a lead image that crops keep in view, in percent of its width and height from the top left.</summary>
/// <param name="X">From the left, 0–100.</param>
/// <param name="Y">From the top, 0–100.</param>
public sealed record ImageFocus(double X, double Y)
{
    /// <summary>The middle, where crops centre when the editor names no point.</summary>
    public static ImageFocus Centre { get; } = new(50, 50);
}

/// <summary>Reads <c>image_caption</c>, <c>image_credit</c>, <c>image_credit_url</c>, <c>image_license</c>, <c>image_license_url</c> and <c>image_focus</c>.</summary>
internal static partial class LeadImageReader
{
    /// <summary>The credit, or null when none of its keys is there.</summary>
    public static ImageCredit? Credit(FrontMatter fm)
    {
        var credit = new ImageCredit(fm.Text("image_caption"), fm.Text("image_credit"), Url(fm, "image_credit_url"), fm.Text("image_license"), Url(fm, "image_license_url"));
        return credit == new ImageCredit(null, null, null, null, null) ? null : credit;
    }

    /// <summary>The focal point: <c>image_focus: 30% 40%</c>; null (with an error) when it is not two percentages from 0% to 100%.</summary>
    public static ImageFocus? Focus(FrontMatter fm)
    {
        if (fm.Text("image_focus") is not { } text)
        {
            return null;
        }
        var match = FocusPattern().Match(text.Trim());
        if (match.Success
            && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(match.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            && x is >= 0 and <= 100 && y is >= 0 and <= 100)
        {
            return new ImageFocus(x, y);
        }
        fm.ErrorAt("image_focus", DiagnosticIds.InvalidImageFocus,
            $"'image_focus' is the point of the image crops keep in view, as two percentages from the top left between 0% and 100%, such as \"30% 40%\", not \"{text}\"");
        return null;
    }

    private static string? Url(FrontMatter fm, string key)
    {
        var url = fm.Text(key)?.Trim();
        if (url is { Length: > 0 } && !(url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            fm.ErrorAt(key, DiagnosticIds.InvalidImageCredit, $"'{key}' must be an https:// address, not \"{url}\"");
            return null;
        }
        return url is { Length: > 0 } ? url : null;
    }

    [GeneratedRegex(@"^(-?\d+(?:\.\d+)?)\s*%\s+(-?\d+(?:\.\d+)?)\s*%$")]
    private static partial Regex FocusPattern();
}
