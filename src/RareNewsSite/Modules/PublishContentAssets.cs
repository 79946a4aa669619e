using RareNewsSite.Engine;
using RareNewsSite.Markdown.Images;

namespace RareNewsSite.Modules;

/// <summary>
/// Publishes the files under <c>input/assets/</c> (drawings, PDFs) unchanged at <c>/assets/…</c>; photos are published by
/// <see cref="MakeImageFiles"/>, without their metadata.
/// </summary>
internal sealed class PublishContentAssets : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context) => doc.GetOrDefault<Images.ImageSet>(Keys.Image) is { IsPhoto: true }
        ? doc
        : doc with { Destination = ImagePaths.SitePathOf(doc.Source!).TrimStart('/') };
}
