using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Containers;
using RareNewsSite.Markdown.Images;
using RareNewsSite.Markdown.RawHtml;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Modules;

/// <summary>
/// Parses each file once with the shared Markdown pipeline: the front matter comes from its
/// <c>YamlFrontMatterBlock</c>, so YAML positions are absolute lines in the file. Images are checked and
/// pointed at their published address here, while the tree is new.
/// </summary>
internal sealed class ParseMarkdown : IDocumentModule
{
    private static readonly string[] ImageKeys = ["image", "avatar"];

    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var path = doc.Source!;
        var diagnostics = context.Diagnostics;
        var ast = Markdig.Markdown.Parse(doc.Content, context.Input<MarkdownPipeline>());
        var block = ast.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            var message = doc.Content.StartsWith("---", StringComparison.Ordinal)
                ? "front matter is not closed: end it with a line of three dashes '---'"
                : string.IsNullOrWhiteSpace(doc.Content)
                    ? "the file is empty: start it with a '---' line, the keys, and another '---' line"
                    : "missing front matter: start the file with a '---' line, the keys, and another '---' line";
            diagnostics.Error(SourceSpan.File(path), DiagnosticIds.MissingFrontMatter, message);
            return null;
        }
        var frontMatter = FrontMatterReader.Read(path, block, diagnostics);
        if (frontMatter is null)
        {
            return null;
        }
        ContainerValidator.Validate(ast, path, diagnostics);
        if (!context.Input<SiteSettings>().AllowRawHtml)
        {
            RawHtmlDetector.Warn(ast, doc.Content, path, diagnostics);
        }
        var images = new ImageChecker(context.Files, context.Input<LinkBuilder>().To);
        var published = images.Check(ast, path, diagnostics);
        foreach (var key in ImageKeys.Where(frontMatter.Has))
        {
            if (frontMatter.Text(key) is { Length: > 0 } image)
            {
                images.Check(image.Trim(), path, frontMatter.SpanOfKey(key), diagnostics);
            }
        }
        var anchors = ast.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .Distinct()
            .ToImmutableArray();
        // The text moves to a key of its own, beside the tree that points into it, so that the two can be released together.
        var parsed = new ParsedMarkdown(path, doc.Content, ast, context.Input<MarkdownPipeline>(), published, frontMatter);
        return (doc with { Content = "" }).With(Keys.SourceText, doc.Content).With(Keys.MarkdownAst, parsed).With(Keys.Anchors, new ValueArray<string>(anchors));
    }

    /// <summary>
    /// <paramref name="text"/> parsed as <see cref="Execute"/> parses it (images pointed at their published address),
    /// reporting nothing: for a later pipeline that needs the tree again (see <see cref="ReparseMarkdown"/>). Its front
    /// matter is read from the tree if a step asks for it.
    /// </summary>
    internal static ParsedMarkdown Reparse(string text, string path, BuildContext context)
    {
        var pipeline = context.Input<MarkdownPipeline>();
        var ast = Markdig.Markdown.Parse(text, pipeline);
        var published = new ImageChecker(context.Files, context.Input<LinkBuilder>().To).Check(ast, path, new DiagnosticBag());
        return new ParsedMarkdown(path, text, ast, pipeline, published, frontMatter: null);
    }
}
