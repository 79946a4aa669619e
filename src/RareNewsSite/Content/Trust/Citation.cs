using System.Globalization;
using System.Text;
using RareNewsSite.Engine;

namespace RareNewsSite.Content.Trust;

/// <summary>
/// One entry of an article's <c>sources</c>: a title and a link, and for a journal article the fields of a
/// Vancouver-style reference (authors, journal, year, volume, issue, pages) with its DOI and PubMed number.
/// </summary>
public sealed record Citation
{
    /// <summary>The title of the source.</summary>
    public required string Title { get; init; }
    /// <summary>The link as written, or null (the DOI or PubMed record then serves).</summary>
    public string? Url { get; init; }
    /// <summary>The DOI, such as <c>10.1056/NEJMoa2214171</c>.</summary>
    public string? Doi { get; init; }
    /// <summary>The PubMed identifier (digits).</summary>
    public string? Pmid { get; init; }
    /// <summary>Authors as Vancouver writes them: "van der Sluis IM".</summary>
    public ValueArray<string> Authors { get; init; } = [];
    /// <summary>The journal, as the editor abbreviates it ("N Engl J Med").</summary>
    public string? Journal { get; init; }
    /// <summary>The year of publication.</summary>
    public int? Year { get; init; }
    /// <summary>The volume.</summary>
    public string? Volume { get; init; }
    /// <summary>The issue.</summary>
    public string? Issue { get; init; }
    /// <summary>The pages, such as "1572-81".</summary>
    public string? Pages { get; init; }

    /// <summary>The DOI's resolver link, or null.</summary>
    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + Doi;

    /// <summary>The PubMed record's link, or null.</summary>
    public string? PubMedUrl => Pmid is null ? null : $"https://pubmed.ncbi.nlm.nih.gov/{Pmid}/";

    /// <summary>Where the title links: the URL written, else the DOI, else PubMed.</summary>
    public string? Link => Url ?? DoiUrl ?? PubMedUrl;

    /// <summary>True when it describes a scholarly article (a DOI, a PubMed number or a journal).</summary>
    public bool IsScholarly => Doi is not null || Pmid is not null || Journal is not null;

    /// <summary>Vancouver's author list with its closing period: at most six names, then "et al.".</summary>
    public string AuthorsText
    {
        get
        {
            if (Authors.Count == 0)
            {
                return "";
            }
            var named = Authors.Where(a => !IsEtAl(a)).ToList();
            var etAl = Authors.Any(IsEtAl) || named.Count > 6;
            return string.Join(", ", named.Take(6)) + (etAl ? ", et al." : ".");
        }
    }

    /// <summary>Vancouver's "Journal. Year;Volume(Issue):Pages." (what is known of it), or "".</summary>
    public string PublicationText
    {
        get
        {
            var text = new StringBuilder();
            if (Journal is not null)
            {
                text.Append(Journal).Append(". ");
            }
            if (Year is { } year)
            {
                text.Append(year.ToString(CultureInfo.InvariantCulture));
            }
            if (Volume is not null)
            {
                text.Append(Year is null ? "" : ";").Append(Volume);
            }
            if (Issue is not null)
            {
                text.Append('(').Append(Issue).Append(')');
            }
            if (Pages is not null)
            {
                text.Append(':').Append(Pages);
            }
            var result = text.ToString().TrimEnd();
            return result.Length == 0 ? "" : result.EndsWith('.') ? result : result + ".";
        }
    }

    /// <summary>Vancouver's period after the title, or "" when the title ends in its own punctuation.</summary>
    public string TitleEnd => Title.EndsWith('.') || Title.EndsWith('?') || Title.EndsWith('!') ? "" : ".";

    private static bool IsEtAl(string author) => author.Trim().TrimEnd('.').Equals("et al", StringComparison.OrdinalIgnoreCase);
}
