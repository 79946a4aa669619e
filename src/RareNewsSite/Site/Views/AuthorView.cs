using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Templates;

namespace RareNewsSite.Site.Views;

/// <summary>An author as templates see it.</summary>
public sealed record AuthorView(string Key, string Name, string? Role, string Url, string? Avatar, ValueArray<SourceLink> Links, RawHtml Bio)
{
    /// <summary>The avatar's files and size, when it is a local image.</summary>
    public Images.ResponsiveImage? AvatarImage { get; init; }
}
