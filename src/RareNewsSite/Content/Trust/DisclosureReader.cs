using RareNewsSite.Diagnostics;

namespace RareNewsSite.Content.Trust;

/// <summary>Reads <c>funding</c>, <c>conflicts</c> and <c>sponsored</c>; a sponsored article that does not say who paid is a warning.</summary>
internal static class DisclosureReader
{
    /// <summary>The article's disclosures; blank texts count as not written.</summary>
    public static Disclosures Read(FrontMatter fm)
    {
        var funding = NonBlank(fm.Text("funding"));
        var conflicts = NonBlank(fm.Text("conflicts"));
        var sponsored = fm.Bool("sponsored");
        if (sponsored && funding is null)
        {
            // The label says that someone paid; only 'funding' can say who, which is what readers need to weigh the article.
            fm.WarningAt("sponsored", DiagnosticIds.SponsorNotNamed,
                "a sponsored article should say who paid for it: add funding: \"Paid for by <sponsor>, who did not see the article before publication\"");
        }
        return funding is null && conflicts is null && !sponsored ? Disclosures.None : new Disclosures(funding, conflicts, sponsored);
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
