using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Figures;
using RareNewsSite.Markdown.Images;

namespace RareNewsSite.Modules;

/// <summary>
/// Where the site requires it (<c>RequireImageCredit</c>), every local image an article shows names who made it: the lead
/// image with <c>image_credit</c>, a body image inside a <c>::: figure</c> with a <c>Credit:</c> line.
/// </summary>
internal sealed class CheckImageCredits : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        if (!context.Input<SiteSettings>().RequireImageCredit)
        {
            return doc;
        }
        var article = doc.Get<Article>(Keys.Record);
        if (ImagePaths.PublishedSourceOf(article.Image, article.Source) is not null && string.IsNullOrWhiteSpace(article.ImageCredit?.Credit))
        {
            context.Diagnostics.Error(article.SpanOf("image"), DiagnosticIds.MissingImageCredit,
                "the lead image needs a credit (the site sets RequireImageCredit): add image_credit: \"Photo: <who made it>\", and image_license when it has one");
        }
        foreach (var image in doc.Get<ParsedMarkdown>(Keys.MarkdownAst).Tree.Descendants<LinkInline>().Where(l => l.IsImage && l.GetData(ImagePaths.SourceKey) is string))
        {
            if (!HasCredit(image))
            {
                context.Diagnostics.Error(new Diagnostics.SourceSpan(article.Source, image.Line + 1, image.Column + 1), DiagnosticIds.MissingImageCredit,
                    $"image '{image.Url}' needs a credit (the site sets RequireImageCredit): put it in a '::: figure' with a line 'Credit: <who made it>' after it");
            }
        }
        return doc;
    }

    private static bool HasCredit(LinkInline image) =>
        image.Parent?.ParentBlock?.Parent is CustomContainer { Info: "figure" } figure && FigureBlocks.HasCredit(figure);
}
