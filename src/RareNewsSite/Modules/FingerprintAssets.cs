using System.Security.Cryptography;
using RareNewsSite.Engine;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>
/// Names each asset after its content hash (<c>site.css</c> becomes <c>assets/site.1a2b3c4d.css</c>), so it
/// can be cached forever, and notes the mapping for <c>url.asset</c>.
/// </summary>
internal sealed class FingerprintAssets(string folder) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var name = doc.Source![(folder.Length + 1)..];
        var hash = Convert.ToHexStringLower(SHA256.HashData(doc.Bytes!.Value.Span))[..8];
        var extension = Path.GetExtension(name);
        var destination = $"assets/{name[..^extension.Length]}.{hash}{extension}";
        return doc.With(Keys.Asset, new AssetPath(name, destination)) with { Destination = destination };
    }
}
