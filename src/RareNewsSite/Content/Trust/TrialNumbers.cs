using System.Text.RegularExpressions;

namespace RareNewsSite.Content.Trust;

/// <summary>ClinicalTrials.gov registry numbers: <c>NCT</c> and eight digits, and the address of each record.</summary>
public static partial class TrialNumbers
{
    /// <summary>The registry's address for a trial.</summary>
    public static string Url(string nct) => "https://clinicaltrials.gov/study/" + nct;

    /// <summary>True for <c>NCT</c> followed by exactly eight digits.</summary>
    public static bool IsValid(string text) => Exact().IsMatch(text);

    /// <summary>What the editor probably meant (<c>nct 0401-7000</c> → <c>NCT04017000</c>), or null.</summary>
    public static string? Suggest(string text)
    {
        var squeezed = new string([.. text.Where(char.IsAsciiLetterOrDigit)]).ToUpperInvariant();
        return IsValid(squeezed) ? squeezed : squeezed.Length == 8 && squeezed.All(char.IsAsciiDigit) ? "NCT" + squeezed : null;
    }

    /// <summary>Registry numbers in running text, as whole words.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])NCT\d{8}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex InText();

    /// <summary>The whole text is one registry number.</summary>
    public const string ExactRegex = @"^NCT\d{8}$";

    [GeneratedRegex(ExactRegex, RegexOptions.CultureInvariant)]
    private static partial Regex Exact();
}
