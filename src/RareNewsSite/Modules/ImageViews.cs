using RareNewsSite.Engine;
using RareNewsSite.Images;
using RareNewsSite.Markdown.Images;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>The responsive image of a front matter value (<c>image</c>, <c>avatar</c>), for views.</summary>
internal static class ImageViews
{
    /// <summary>
    /// The image <paramref name="value"/> names from <paramref name="fromFile"/>, shown <paramref name="sizes"/> wide, or
    /// null when it is another site's or not among <paramref name="contentAssets"/>' images.
    /// </summary>
    public static ResponsiveImage? Of(BuildContext context, string contentAssets, string? value, string fromFile, string sizes) =>
        ImagePaths.PublishedSourceOf(value, fromFile) is { } source && context.ValueAt<ImageSet>(contentAssets, source, Keys.Image) is { } set
            ? ResponsiveImage.Of(set, context.Input<LinkBuilder>().To, sizes)
            : null;
}
