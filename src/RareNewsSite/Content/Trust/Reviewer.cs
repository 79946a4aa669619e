using RareNewsSite.Engine;

namespace RareNewsSite.Content.Trust;

/// <summary>A medical reviewer from <c>input/reviewers/&lt;key&gt;.md</c>; the body is a short bio.</summary>
/// <param name="Key">The file name without extension, as <c>reviewed_by</c> names it.</param>
/// <param name="Source">The file, relative to the site root.</param>
/// <param name="Name">The reviewer's name.</param>
/// <param name="Credentials">Degrees and qualifications, such as "MD, FRCPCH".</param>
/// <param name="JobTitle">What they do, such as "Pediatric hematologist".</param>
/// <param name="Affiliation">Where they work.</param>
/// <param name="Links">Profiles elsewhere (registries, institutions).</param>
public sealed record Reviewer(string Key, string Source, string Name, string? Credentials, string? JobTitle, string? Affiliation, ValueArray<SourceLink> Links)
{
    /// <summary>The site-relative URL path of the reviewer page.</summary>
    public string UrlPath => $"/reviewers/{Key}/";
}
