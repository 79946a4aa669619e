using System.Globalization;

namespace RareNewsSite.Markdown;

/// <summary>What counts as a word's character in running text (see <see cref="InlineText.CountWords"/>).</summary>
internal static class Words
{
    /// <summary>True for what regular expressions call <c>\w</c>: a letter, a non-spacing mark, a decimal digit or a connector such as '_'.</summary>
    public static bool IsWordChar(char c) => c < 128
        ? char.IsAsciiLetterOrDigit(c) || c == '_'
        : char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    /// <summary>True for the characters that join two words into one: an apostrophe (straight or curly) and a hyphen.</summary>
    public static bool IsJoiner(char c) => c is '\'' or '’' or '-';
}
