using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Reads a listed file as bytes (theme assets, editors' images).</summary>
internal sealed class ReadBytes : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context) => doc with { Bytes = context.Files.ReadAllBytes(doc.Source!) };
}
