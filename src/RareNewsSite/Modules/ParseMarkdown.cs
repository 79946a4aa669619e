using System.Collections.Immutable;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Markdown.Containers;
using RareNewsSite.Markdown.Images;
using RareNewsSite.Markdown.RawHtml;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Modules;

/// <summary>
/// Parses each file once with the shared Markdown pipeline: the front matter comes from its
/// <c>YamlFrontMatterBlock</c>, so YAML positions are absolute lines in the file.
/// </summary>
public sealed class ParseMarkdown : IModule
{
    /// <summary>The metadata key of the parsed <see cref="Content.FrontMatter"/>.</summary>
    public const string FrontMatterKey = "FrontMatter";

    private static readonly string[] ImageKeys = ["image", "avatar"];

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        // Image checks look for files under input/assets/: a parse is only reused while that folder lists the same files.
        var assets = string.Join('\n', context.Files.ListFiles("input/assets", ""));
        return Task.FromResult(DocumentMemo.MapAll<ParseMarkdown>(context, inputs, assets, (doc, bag) =>
            Memoized.Get<Memo, string, Parsed>(context.Memory, doc.Content, (doc.Source, assets), bag, diagnostics => Parse(doc, context, diagnostics))
                is { } parsed
                ? doc.With(Keys.MarkdownAst, parsed.Ast).With(FrontMatterKey, parsed.FrontMatter).With(Keys.Anchors, parsed.Anchors)
                : null, cancellationToken));
    }

    private static Parsed? Parse(Document doc, BuildContext context, DiagnosticBag diagnostics)
    {
        var path = doc.Source!;
        var ast = Markdig.Markdown.Parse(doc.Content, context.Services.Markdown);
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
        if (!context.Settings.AllowRawHtml)
        {
            RawHtmlDetector.Warn(ast, path, diagnostics);
        }
        var images = new ImageChecker(context.Files, context.Services.Links.To);
        images.Check(ast, path, diagnostics);
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
            .ToImmutableHashSet(StringComparer.Ordinal);
        return new Parsed(ast, frontMatter, anchors);
    }

    /// <summary>A file's parse: the tree, the front matter and the heading ids links may point at.</summary>
    private sealed record Parsed(MarkdownDocument Ast, FrontMatter FrontMatter, ImmutableHashSet<string> Anchors);

    /// <summary>Parses by file text, in preview.</summary>
    private sealed class Memo : IdentityMemo<string, Parsed>;
}
