using System.Globalization;

namespace RareNewsSite.Templates.Functions;

/// <summary>The <c>text</c> namespace: small wording helpers.</summary>
public static class TextFunctions
{
    /// <summary>"1 minute" or "4 minutes".</summary>
    [TemplateExample("{{ text.plural 4 'minute' }}", "4 minutes")]
    public static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    /// <summary>Joins names as readers say them: "A, B and C".</summary>
    [TemplateExample("{{ text.and ['A', 'B', 'C'] }}", "A, B and C")]
    public static string And(IEnumerable<object> items)
    {
        var list = items.Select(i => i?.ToString() ?? "").ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list[..^1]) + " and " + list[^1];
    }

    /// <summary>Turns a tag or drug key into words: "gene-therapy" becomes "gene therapy".</summary>
    [TemplateExample("{{ text.words 'gene-therapy' }}", "gene therapy")]
    public static string Words(string key) => key.Replace('-', ' ');
}
