using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>
/// Parses a published article's text again for the steps that render it. The Articles pipeline parses every article
/// and reports what it finds, but a syntax tree takes about twice its text's memory, and holding 10,000 of them while
/// every article's link target is registered costs more than parsing twice: so that pipeline keeps the text
/// (<see cref="Pipeline.ProcessOnly"/>) and releases the tree and front matter (<see cref="Pipeline.PassOnly"/>).
/// Reports nothing: every problem in the file was reported when it was parsed first.
/// </summary>
internal sealed class ReparseMarkdown : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context) =>
        doc.With(Keys.MarkdownAst, ParseMarkdown.Reparse(doc.Get<string>(Keys.SourceText), doc.Source!, context));
}
