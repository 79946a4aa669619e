using Markdig.Extensions.Abbreviations;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Markdown;
using RareNewsSite.Search;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// What the search index takes from each article. Drafts and scheduled posts never enter it, even in a
/// <c>--drafts</c> or <c>--future</c> build.
/// </summary>
internal sealed class MakeSearchDocument : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var view = doc.Get<ArticleView>(Keys.View);
        if (!context.Input<SiteSettings>().GenerateSearchIndex || view.Draft || context.IsFuture(view.Date))
        {
            return doc;
        }
        return doc.With(Keys.Search, ToSearchDocument(view, doc.Get<ParsedMarkdown>(Keys.MarkdownAst).Tree));
    }

    /// <summary>An article as the index builder sees it.</summary>
    public static SearchDocument ToSearchDocument(ArticleView view, MarkdownDocument ast)
    {
        var headings = new List<(HeadingBlock Heading, int Start, int Length)>();
        var body = InlineText.OfBlock(ast, headings);
        return new()
        {
            Url = view.Url,
            Title = view.Title,
            Date = view.Date,
            Summary = view.Summary,
            Sponsored = view.Sponsored,
            Headings = [.. ast.Descendants<HeadingBlock>().Select(h => InlineText.Of(h))],
            Body = body,
            Sections = [.. headings.Select(h => new SearchSection(h.Heading.GetAttributes().Id!, h.Start, h.Length))],
            Diseases = [.. view.Diseases.Select(Group)],
            Drugs = [.. view.Drugs.Select(SearchAliasGroup.FromDrug)],
            Abbreviations = ast.GetAbbreviations() is { } abbreviations
                ? [.. abbreviations.Values.OrderBy(a => a.Label, StringComparer.Ordinal).Select(a => new SearchAliasGroup(a.Label ?? "", [a.Text.ToString()]))]
                : [],
            Symptoms = view.Symptoms,
            Tags = [.. view.Tags.Select(t => t.Name)],
            Authors = [.. view.Authors.Select(a => a.Name)],
        };
    }

    /// <summary>A disease's names as one group of search aliases.</summary>
    public static SearchAliasGroup Group(DiseaseView disease) =>
        new(disease.Name, [.. disease.AlsoKnownAs, .. disease.Abbreviation is { } a ? [a] : Array.Empty<string>()]);
}
