using System.Collections.Immutable;
using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Markdown;
using RareNewsSite.Markdown.Images;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>Builds the template view of authors and diseases once their bodies are rendered.</summary>
public sealed class BuildViews : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Links;
        return Task.FromResult(DocumentMemo.MapAll<BuildViews>(context, inputs, null, (doc, bag) =>
        {
            var body = doc.Get<RawHtml>(Keys.BodyHtml);
            var record = doc.Get<object>(Keys.Record);
            var ast = doc.Get<MarkdownDocument>(Keys.MarkdownAst);
            var view = Memoized.Get<Memo, object, object>(context.Memory, record, new SameObjects(body, ast), bag, _ => View(record, body, ast, links))!;
            return doc.With(Keys.View, view);
        }, cancellationToken));
    }

    private static object View(object record, RawHtml body, MarkdownDocument ast, LinkBuilder links) =>
            record switch
            {
                Author a => new AuthorView(a.Key, a.Name, a.Role, links.To(a.UrlPath), ImagePaths.UrlFor(a.Avatar, a.Source, links.To), a.Links, body),
                Disease d => new DiseaseView
                {
                    Key = d.Key,
                    Name = d.Name,
                    ShortName = d.ShortName,
                    Url = links.To(d.UrlPath),
                    AlsoKnownAs = d.AlsoKnownAs,
                    Abbreviation = d.Abbreviation,
                    Orpha = d.Orpha,
                    Omim = d.Omim,
                    Icd10 = d.Icd10,
                    Symptoms = d.Symptoms,
                    Explainer = body,
                    Intro = InlineText.Of(ast.Descendants<ParagraphBlock>().FirstOrDefault()),
                },
                _ => throw new InvalidOperationException("BuildViews handles authors and diseases."),
            };

    /// <summary>Views by record, rendered body and tree, in preview: the same objects give the same view object.</summary>
    private sealed class Memo : IdentityMemo<object, object>;
}
