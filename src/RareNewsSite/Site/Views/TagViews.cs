using RareNewsSite.Content;

namespace RareNewsSite.Site.Views;

/// <summary>Makes tag views: a tag's page lives at <c>/tags/&lt;slug&gt;/</c>.</summary>
public static class TagViews
{
    /// <summary>The site path of a tag's page.</summary>
    public static string PathOf(string tag) => $"/tags/{Slugs.FromText(tag)}/";

    /// <summary>A factory for tag views using the site's links.</summary>
    public static Func<string, TagView> For(LinkBuilder links) =>
        tag => new TagView(Slugs.FromText(tag), tag.Replace('-', ' '), links.To(PathOf(tag)));
}
