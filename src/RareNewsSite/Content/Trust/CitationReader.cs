using System.Globalization;
using System.Text.RegularExpressions;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using YamlDotNet.RepresentationModel;

namespace RareNewsSite.Content.Trust;

/// <summary>
/// Reads <c>sources</c>: each a <c>title</c> with a <c>url</c>, a <c>doi</c> or a <c>pmid</c>, and optionally
/// <c>authors</c>, <c>journal</c>, <c>year</c>, <c>volume</c>, <c>issue</c>, <c>pages</c>. Every malformed field is
/// reported at its own position; the entry is then left out.
/// </summary>
internal static partial class CitationReader
{
    /// <summary>A DOI: 10., the registrant, a slash and the suffix.</summary>
    public const string DoiRegex = @"^10\.\d{4,9}/\S+$";

    /// <summary>A PubMed identifier: digits only.</summary>
    public const string PmidRegex = @"^\d{1,9}$";

    private static readonly string[] Fields = [.. FrontMatterSchema.Citation.Select(f => f.Name)];

    /// <summary>The valid sources, in the order written.</summary>
    public static ValueArray<Citation> Read(FrontMatter fm)
    {
        var citations = new List<Citation>();
        foreach (var item in fm.Items("sources", "[{title: \"...\", url: https://...}]"))
        {
            if (item is not YamlMappingNode map)
            {
                fm.ErrorAt(item, DiagnosticIds.WrongType, "items of 'sources' need a 'title' and a 'url' (or a 'doi' or 'pmid')");
                continue;
            }
            fm.WarnAboutUnknownFields(map, "sources", Fields);
            if (Read(fm, item, map) is { } citation)
            {
                citations.Add(citation);
            }
        }
        return [.. citations];
    }

    private static Citation? Read(FrontMatter fm, YamlNode item, YamlMappingNode map)
    {
        var ok = true;
        var title = fm.Field(map, "title", "sources");
        var url = fm.Field(map, "url", "sources");
        var doi = fm.Field(map, "doi", "sources");
        var pmid = fm.Field(map, "pmid", "sources");
        if (url is not null && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            fm.ErrorAt(FrontMatter.FieldNode(map, "url")!, DiagnosticIds.WrongType, $"'sources' url must start with https:// or http:// (\"{url}\")");
            ok = false;
        }
        if (doi is not null && !DoiPattern().IsMatch(doi))
        {
            var bare = DoiInText().Match(doi);
            var hint = bare.Success ? $"; did you mean '{bare.Value}'?" : "";
            fm.ErrorAt(FrontMatter.FieldNode(map, "doi")!, DiagnosticIds.InvalidDoi, $"'{doi}' is not a DOI: write it as 10.<registrant>/<suffix>, such as 10.1056/NEJMoa2214171{hint}");
            ok = false;
        }
        if (pmid is not null && !PmidPattern().IsMatch(pmid))
        {
            var digits = new string([.. pmid.Where(char.IsAsciiDigit)]);
            var hint = PmidPattern().IsMatch(digits) ? $"; did you mean '{digits}'?" : "";
            fm.ErrorAt(FrontMatter.FieldNode(map, "pmid")!, DiagnosticIds.InvalidPmid, $"'{pmid}' is not a PubMed identifier: it is digits only, such as 37099340{hint}");
            ok = false;
        }
        var year = Year(fm, map, ref ok);
        var authors = Authors(fm, map, ref ok);
        if (title is null || url is null && doi is null && pmid is null)
        {
            fm.ErrorAt(item, DiagnosticIds.WrongType, "items of 'sources' need a 'title' and a 'url' (or a 'doi' or 'pmid')");
            ok = false;
        }
        return ok ? new Citation
        {
            Title = title!,
            Url = url,
            Doi = doi,
            Pmid = pmid,
            Authors = authors,
            Journal = fm.Field(map, "journal", "sources"),
            Year = year,
            Volume = fm.Field(map, "volume", "sources"),
            Issue = fm.Field(map, "issue", "sources"),
            Pages = fm.Field(map, "pages", "sources"),
        } : null;
    }

    private static int? Year(FrontMatter fm, YamlMappingNode map, ref bool ok)
    {
        if (fm.Field(map, "year", "sources") is not { } text)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1600 and <= 2200)
        {
            return year;
        }
        fm.ErrorAt(FrontMatter.FieldNode(map, "year")!, DiagnosticIds.InvalidCitation, $"'sources' year must be a year such as 2023, not \"{text}\"");
        ok = false;
        return null;
    }

    private static ValueArray<string> Authors(FrontMatter fm, YamlMappingNode map, ref bool ok)
    {
        switch (FrontMatter.FieldNode(map, "authors"))
        {
            case null:
                return [];
            case YamlSequenceNode list when list.All(a => a is YamlScalarNode { Value.Length: > 0 }):
                return [.. list.Cast<YamlScalarNode>().Select(a => a.Value!.Trim())];
            case var other:
                fm.ErrorAt(other, DiagnosticIds.InvalidCitation, "'sources' authors must be a list of names as Vancouver writes them, such as [van der Sluis IM, de Lorenzo P, et al.]");
                ok = false;
                return [];
        }
    }

    [GeneratedRegex(DoiRegex, RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"10\.\d{4,9}/\S+", RegexOptions.CultureInvariant)]
    private static partial Regex DoiInText();

    [GeneratedRegex(PmidRegex, RegexOptions.CultureInvariant)]
    private static partial Regex PmidPattern();
}
