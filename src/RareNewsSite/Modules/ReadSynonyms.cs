using RareNewsSite.Engine;
using RareNewsSite.Search;

namespace RareNewsSite.Modules;

/// <summary>
/// Turns <c>input/data/synonyms.yml</c> (listed and read by the steps before) into the synonym groups the index is built
/// with (see <see cref="SynonymsReader"/>); other files under <c>input/data/</c> are not its business.
/// </summary>
internal sealed class ReadSynonyms : IDocumentModule
{
    /// <summary>The metadata key holding the groups.</summary>
    public const string Key = "SearchSynonyms";

    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context) =>
        doc.Source == SynonymsReader.Path && doc.Content is string text
            ? doc.With(Key, SynonymsReader.Read(text, context.Diagnostics))
            : null;
}
