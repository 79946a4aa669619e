using RareNewsSite.Engine;
using RareNewsSite.Markdown.Images;

namespace RareNewsSite.Modules;

/// <summary>Publishes the files under <c>input/assets/</c> (images, PDFs) unchanged at <c>/assets/…</c>.</summary>
internal sealed class PublishContentAssets : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context) => doc with { Destination = ImagePaths.SitePathOf(doc.Source!).TrimStart('/') };
}
