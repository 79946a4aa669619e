using RareNewsSite.Engine;
namespace RareNewsSite.Search;

/// <summary>One published article as the index builder sees it: text per field and facet values.</summary>
internal sealed record SearchDocument
{
    /// <summary>The page link, under LinkRoot.</summary>
    public required string Url { get; init; }
    /// <summary>The headline.</summary>
    public required string Title { get; init; }
    /// <summary>Publication date.</summary>
    public required DateTimeOffset Date { get; init; }
    /// <summary>The summary.</summary>
    public required string Summary { get; init; }
    /// <summary>True when a sponsor paid for the article: its result carries the "Sponsored" label, as its card does.</summary>
    public bool Sponsored { get; init; }
    /// <summary>Every heading's text.</summary>
    public ValueArray<string> Headings { get; init; } = [];
    /// <summary>The body as plain text.</summary>
    public string Body { get; init; } = "";
    /// <summary>The headings that have an id, in order, with their place in <see cref="Body"/>.</summary>
    public ValueArray<SearchSection> Sections { get; init; } = [];
    /// <summary>The article's diseases, each with its other names and abbreviation.</summary>
    public ValueArray<SearchAliasGroup> Diseases { get; init; } = [];
    /// <summary>Drugs, each with its other names (brand and generic).</summary>
    public ValueArray<SearchAliasGroup> Drugs { get; init; } = [];
    /// <summary>Abbreviations the article defines (<c>*[ALL]: acute lymphoblastic leukemia</c>).</summary>
    public ValueArray<SearchAliasGroup> Abbreviations { get; init; } = [];
    /// <summary>Symptoms.</summary>
    public ValueArray<string> Symptoms { get; init; } = [];
    /// <summary>Tag names.</summary>
    public ValueArray<string> Tags { get; init; } = [];
    /// <summary>Author names.</summary>
    public ValueArray<string> Authors { get; init; } = [];
}

/// <summary>Names that mean the same thing: a disease's name, other names and abbreviation, or a drug's brand and generic names.</summary>
internal sealed record SearchAliasGroup(string Name, ValueArray<string> OtherNames)
{
    /// <summary>The name followed by the other names.</summary>
    public IEnumerable<string> All => OtherNames.Prepend(Name);

    /// <summary>
    /// A drug as editors list it: <c>blinatumomab (Blincyto)</c> is one drug with two names; hyphens in a
    /// listed name (<c>agalsidase-beta</c>) are read as spaces.
    /// </summary>
    public static SearchAliasGroup FromDrug(string entry)
    {
        var open = entry.IndexOf('(', StringComparison.Ordinal);
        var close = entry.LastIndexOf(')');
        if (open > 0 && close > open)
        {
            var other = entry[(open + 1)..close].Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new SearchAliasGroup(entry[..open].Trim().Replace('-', ' '), [.. other.Select(o => o.Replace('-', ' '))]);
        }
        return new SearchAliasGroup(entry.Trim().Replace('-', ' '), []);
    }
}
