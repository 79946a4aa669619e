using System.Collections.Immutable;

namespace RareNewsSite.Content;

/// <summary>A writer from <c>input/authors/&lt;key&gt;.md</c>; the body is the bio.</summary>
public sealed record Author(string Key, string Source, string Name, string? Role, string? Avatar, RareNewsSite.Engine.ValueArray<SourceLink> Links)
{
    /// <summary>The site-relative URL path of the author page.</summary>
    public string UrlPath => $"/authors/{Key}/";
}
