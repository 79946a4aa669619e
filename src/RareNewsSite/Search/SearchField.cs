namespace RareNewsSite.Search;

/// <summary>The parts of an article the index weighs separately.</summary>
internal enum SearchField
{
    /// <summary>The headline.</summary>
    Title,
    /// <summary>Every heading in the body.</summary>
    Headings,
    /// <summary>The summary.</summary>
    Summary,
    /// <summary>The article's diseases: names, other names and abbreviations.</summary>
    Diseases,
    /// <summary>Drug names, generic and brand.</summary>
    Drugs,
    /// <summary>The symptoms list.</summary>
    Symptoms,
    /// <summary>The tags.</summary>
    Tags,
    /// <summary>The authors' names.</summary>
    Authors,
    /// <summary>The body text.</summary>
    Body,
    /// <summary>Other names of diseases and drugs the text mentions (ALL for "acute lymphoblastic leukemia").</summary>
    Aliases,
}
