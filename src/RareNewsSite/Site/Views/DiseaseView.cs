using RareNewsSite.Engine;
using RareNewsSite.Templates;

namespace RareNewsSite.Site.Views;

/// <summary>A disease as templates see it.</summary>
public sealed record DiseaseView
{
    /// <summary>The record's key.</summary>
    public required string Key { get; init; }
    /// <summary>The full name.</summary>
    public required string Name { get; init; }
    /// <summary>The abbreviation, or the name.</summary>
    public required string ShortName { get; init; }
    /// <summary>The page link.</summary>
    public required string Url { get; init; }
    /// <summary>Other names.</summary>
    public required ValueArray<string> AlsoKnownAs { get; init; }
    /// <summary>The abbreviation, or null.</summary>
    public string? Abbreviation { get; init; }
    /// <summary>Orphanet code, or null.</summary>
    public string? Orpha { get; init; }
    /// <summary>OMIM code, or null.</summary>
    public string? Omim { get; init; }
    /// <summary>ICD-10 code, or null.</summary>
    public string? Icd10 { get; init; }
    /// <summary>Symptoms from the record and from articles' symptom lists.</summary>
    public required ValueArray<string> Symptoms { get; init; }
    /// <summary>The plain-language explainer.</summary>
    public required RawHtml Explainer { get; init; }
    /// <summary>Medical reviewer's name (with credentials), or the free text written, or null.</summary>
    public string? ReviewedBy { get; init; }
    /// <summary>The medical reviewer's record, when <c>reviewed_by</c> names one.</summary>
    public ReviewerView? Reviewer { get; init; }
    /// <summary>Date of the record's last medical review, or null.</summary>
    public DateTimeOffset? LastReviewed { get; init; }
    /// <summary>When the record's next review is due, or null.</summary>
    public DateTimeOffset? NextReview { get; init; }
    /// <summary>The explainer's first paragraph as text, for the "About" box and descriptions.</summary>
    public required string Intro { get; init; }
}
