namespace RareNewsSite.Search;

/// <summary>When an occurrence of a word is a search term (see <see cref="SearchText"/>).</summary>
internal enum TermUse : byte
{
    /// <summary>Never: one letter long, or a stop word.</summary>
    Never,
    /// <summary>Always.</summary>
    Always,
    /// <summary>Only written in capitals: a stop word the site defines as an abbreviation (ALL).</summary>
    InCapitals,
}
