using System.Globalization;
using System.Text.RegularExpressions;

namespace RareNewsSite.Content.Trust;

/// <summary>
/// A span of calendar time written as <c>3y</c>, <c>18m</c>, <c>2w</c>, <c>30d</c> or a sum such as <c>1y6m</c>: the site's
/// default review interval (<c>ReviewInterval</c>) and the window of <c>list review-due --within</c>.
/// </summary>
public readonly partial record struct ReviewInterval(int Years, int Months, int Days)
{
    /// <summary>No interval: pages without a <c>next_review</c> have no due date.</summary>
    public static ReviewInterval None => default;

    /// <summary>True when the interval adds nothing.</summary>
    public bool IsNone => Years == 0 && Months == 0 && Days == 0;

    /// <summary>The date this interval after <paramref name="start"/>.</summary>
    public DateTimeOffset After(DateTimeOffset start) => start.AddYears(Years).AddMonths(Months).AddDays(Days);

    /// <summary>Parses <c>3y</c>, <c>6m</c>, <c>2w</c>, <c>30d</c> or a sum such as <c>1y6m</c>; empty is <see cref="None"/>. Null when malformed.</summary>
    public static ReviewInterval? Parse(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed.Length == 0)
        {
            return None;
        }
        var match = Pattern().Match(trimmed);
        if (!match.Success)
        {
            return null;
        }
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        return new ReviewInterval(Part("y"), Part("m"), Part("w") * 7 + Part("d"));
    }

    /// <summary>The interval as written in settings: <c>3y</c>, <c>1y6m</c>, <c>30d</c>.</summary>
    public override string ToString() =>
        IsNone ? "" : string.Concat(Years > 0 ? $"{Years}y" : "", Months > 0 ? $"{Months}m" : "", Days > 0 ? $"{Days}d" : "");

    // At most four digits a part keeps AddYears and friends far from overflowing.
    [GeneratedRegex(@"^(?:(?<y>\d{1,4})y)?(?:(?<m>\d{1,4})m)?(?:(?<w>\d{1,4})w)?(?:(?<d>\d{1,4})d)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
