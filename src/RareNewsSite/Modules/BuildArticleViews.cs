using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Markdown;
using RareNewsSite.Markdown.Images;
using RareNewsSite.Markdown.Symptoms;
using RareNewsSite.Pipelines;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>Builds each article's template view: authors and diseases resolved, table of contents, symptoms, word count.</summary>
public sealed partial class BuildArticleViews : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var authors = context.OutputsOf(PipelineNames.Authors).ToDictionary(d => d.Get<AuthorView>(Keys.View).Key, d => d, StringComparer.Ordinal);
        var diseases = context.OutputsOf(PipelineNames.Diseases).ToDictionary(d => d.Get<DiseaseView>(Keys.View).Key, d => d, StringComparer.Ordinal);
        var links = context.Services.Links;
        var now = context.Now;
        // In preview an unchanged article keeps its view while every author and disease record is the same object and
        // the clock has not reached a scheduled date.
        var schedule = context.Memory?.Get<ScheduleVersion>();
        var records = new SameObjects([.. context.OutputsOf(PipelineNames.Authors), .. context.OutputsOf(PipelineNames.Diseases), schedule?.Token(now)]);
        return Task.FromResult(DocumentMemo.MapAll<BuildArticleViews>(context, inputs, records, doc =>
        {
            var article = doc.Get<Article>(Keys.Record);
            schedule?.Watch(article.Date, now);
            return Shown(article, authors, diseases, now);
        }, (doc, bag) =>
        {
            var article = doc.Get<Article>(Keys.Record);
            var ast = doc.Get<MarkdownDocument>(Keys.MarkdownAst);
            var body = doc.Get<RawHtml>(Keys.BodyHtml);
            var shown = article.Authors.Select(k => authors[k]).Concat(article.Diseases.Select(k => diseases[k])).ToList();
            // A scheduled article turns into a published one while the preview runs: the clock is part of the key.
            var scheduled = article.Date > now;
            var view = Memoized.Get<Memo, Article, ArticleView>(context.Memory, article,
                new SameObjects([body, ast, scheduled ? "scheduled" : "", .. shown.Select(d => d.Get<object>(Keys.View))]), bag,
                _ => View(article, ast, body, authors, diseases, shown, links, scheduled))!;
            return doc.With(Keys.View, view).DependingOn(shown.Select(d => d.Source!));
        }, cancellationToken));
    }

    /// <summary>
    /// In preview a document's view is kept while the author and disease records it shows are the same objects and
    /// it is as scheduled (or not) as before: a scheduled article turns into a published one while the preview runs.
    /// </summary>
    private static SameObjects Shown(Article article, Dictionary<string, Document> authors, Dictionary<string, Document> diseases, DateTimeOffset now)
    {
        var shown = new object?[article.Authors.Length + article.Diseases.Length + 1];
        var at = 0;
        foreach (var key in article.Authors)
        {
            shown[at++] = authors[key];
        }
        foreach (var key in article.Diseases)
        {
            shown[at++] = diseases[key];
        }
        shown[at] = article.Date > now ? "scheduled" : "";
        return new SameObjects(shown);
    }

    private static ArticleView View(Article article, MarkdownDocument ast, RawHtml body,
        Dictionary<string, Document> authors, Dictionary<string, Document> diseases, List<Document> shown, LinkBuilder links, bool scheduled)
    {
        var view = new ArticleView
        {
            Title = article.Title,
            Url = links.To(article.UrlPath),
            AbsoluteUrl = links.Absolute(article.UrlPath),
            Date = article.Date,
            Updated = article.Updated,
            Summary = article.Summary,
            Authors = [.. article.Authors.Select(k => authors[k].Get<AuthorView>(Keys.View))],
            Diseases = [.. article.Diseases.Select(k => diseases[k].Get<DiseaseView>(Keys.View))],
            Tags = [.. article.Tags.Select(TagViews.For(links))],
            Drugs = article.Drugs,
            Sources = article.Sources,
            Symptoms = SymptomsReader.Read(ast),
            Body = body,
            Toc = [.. ast.Descendants<HeadingBlock>().Where(h => h.Level == 2 && h.GetAttributes().Id is not null)
                    .Select(h => new HeadingView(h.GetAttributes().Id!, InlineText.Of(h)))],
            Words = WordPattern().Count(InlineText.OfBlock(ast)),
            Image = ImagePaths.UrlFor(article.Image, article.Source, links.To),
            ImageAlt = article.ImageAlt,
            ReviewedBy = article.ReviewedBy,
            LastReviewed = article.LastReviewed,
            Draft = article.Draft,
            Scheduled = scheduled,
            Source = article.Source,
            AuthorKeys = article.Authors,
            DiseaseKeys = article.Diseases,
        };
        view = view with { Inputs = [article.Source, .. shown.Select(d => d.Source!)] };
        return view with { CardKey = ValueKey.CardOf(view), SymptomsKey = ValueKey.Of("symptoms:" + view.Source, view.Symptoms) };
    }

    /// <summary>Views by article record, body, tree and the author and disease views shown, in preview.</summary>
    private sealed class Memo : IdentityMemo<Article, ArticleView>;

    [GeneratedRegex(@"\w+(['’-]\w+)*")]
    private static partial Regex WordPattern();
}
