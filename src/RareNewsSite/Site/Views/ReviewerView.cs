using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Templates;

namespace RareNewsSite.Site.Views;

/// <summary>A medical reviewer as templates see it.</summary>
public sealed record ReviewerView(string Key, string Name, string? Credentials, string? JobTitle, string? Affiliation, string Url, ValueArray<SourceLink> Links, RawHtml Bio)
{
    /// <summary>The name with credentials, as a review line shows it: "Dr Amara Mensah, MD".</summary>
    public string NameWithCredentials => Credentials is { Length: > 0 } c ? $"{Name}, {c}" : Name;
}
