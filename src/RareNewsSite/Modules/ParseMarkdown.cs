using System.Collections.Immutable;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
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
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ParallelDocuments.Select(inputs, doc =>
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
                context.Diagnostics.Error(SourceSpan.File(path), DiagnosticIds.MissingFrontMatter, message);
                return null;
            }
            var frontMatter = FrontMatterReader.Read(path, block, context.Diagnostics);
            if (frontMatter is null)
            {
                return null;
            }
            ContainerValidator.Validate(ast, path, context.Diagnostics);
            if (!context.Settings.AllowRawHtml)
            {
                RawHtmlDetector.Warn(ast, path, context.Diagnostics);
            }
            var images = new ImageChecker(context.Files, context.Services.Links.To);
            images.Check(ast, path, context.Diagnostics);
            foreach (var key in ImageKeys.Where(frontMatter.Has))
            {
                if (frontMatter.Text(key) is { Length: > 0 } image)
                {
                    images.Check(image.Trim(), path, frontMatter.SpanOfKey(key), context.Diagnostics);
                }
            }
            var anchors = ast.Descendants<HeadingBlock>()
                .Select(h => h.GetAttributes().Id)
                .OfType<string>()
                .ToImmutableHashSet(StringComparer.Ordinal);
            return doc.With(Keys.MarkdownAst, ast).With(FrontMatterKey, frontMatter).With(Keys.Anchors, anchors);
        }, cancellationToken));
}
