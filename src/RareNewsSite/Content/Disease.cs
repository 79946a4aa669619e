using System.Collections.Immutable;

namespace RareNewsSite.Content;

/// <summary>A condition from <c>input/diseases/&lt;key&gt;.md</c>; the body is the plain-language explainer.</summary>
public sealed record Disease
{
    /// <summary>The file name without extension, used by articles' <c>diseases</c> lists.</summary>
    public required string Key { get; init; }
    /// <summary>The source file relative to the site root.</summary>
    public required string Source { get; init; }
    /// <summary>The disease's name.</summary>
    public required string Name { get; init; }
    /// <summary>Other names; they feed search.</summary>
    public RareNewsSite.Engine.ValueArray<string> AlsoKnownAs { get; init; } = [];
    /// <summary>The usual abbreviation, such as ALL.</summary>
    public string? Abbreviation { get; init; }
    /// <summary>Orphanet code.</summary>
    public string? Orpha { get; init; }
    /// <summary>OMIM code.</summary>
    public string? Omim { get; init; }
    /// <summary>ICD-10 code.</summary>
    public string? Icd10 { get; init; }
    /// <summary>Symptoms listed in the record itself.</summary>
    public RareNewsSite.Engine.ValueArray<string> Symptoms { get; init; } = [];
    /// <summary>When the record was last reviewed and when the next review is due, or null.</summary>
    public Trust.ReviewCycle? Review { get; init; }
    /// <summary>The <c>reviewed_by</c> value (a reviewer key, or free text), or null.</summary>
    public string? ReviewedBy { get; init; }
    /// <summary>Where <c>reviewed_by</c> is written.</summary>
    public Diagnostics.SourceSpan ReviewedBySpan { get; init; }

    /// <summary>The site-relative URL path of the disease page.</summary>
    public string UrlPath => $"/diseases/{Key}/";

    /// <summary>A short label: the abbreviation when there is one, else the name.</summary>
    public string ShortName => Abbreviation ?? Name;
}
