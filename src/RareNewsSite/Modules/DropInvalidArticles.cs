using RareNewsSite.Content;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>
/// Drops articles whose front matter or references had errors, once every check has run on them.
/// The build fails anyway; this only keeps later steps from rendering half-valid records.
/// </summary>
internal sealed class DropInvalidArticles : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context) => doc.Get<Article>(Keys.Record).Invalid ? null : doc;
}
