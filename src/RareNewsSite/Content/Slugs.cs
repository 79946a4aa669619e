using System.Text;
using System.Text.RegularExpressions;

namespace RareNewsSite.Content;

/// <summary>Turns names into URL segments and checks user-given ones.</summary>
public static partial class Slugs
{
    /// <summary>Lower-case letters, digits and single hyphens: safe in every URL and file system.</summary>
    public static bool IsValid(string slug) => ValidPattern().IsMatch(slug);

    /// <summary>A slug from free text: "Fabry disease: new hope" becomes "fabry-disease-new-hope".</summary>
    public static string FromText(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                     && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>The pattern a valid slug matches.</summary>
    public const string ValidRegex = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [GeneratedRegex(ValidRegex)]
    private static partial Regex ValidPattern();
}
