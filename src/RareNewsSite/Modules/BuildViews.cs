using Markdig.Syntax;
using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Content.Trust;
using RareNewsSite.Engine;
using RareNewsSite.Markdown;
using RareNewsSite.Markdown.Images;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>Builds the template view of authors and diseases once their bodies are rendered.</summary>
internal sealed class BuildViews(string contentAssets, string? reviewers = null) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var links = context.Input<LinkBuilder>();
        var body = doc.Get<RawHtml>(Keys.BodyHtml);
        var ast = doc.Get<ParsedMarkdown>(Keys.MarkdownAst).Tree;
        object view = doc.Get<object>(Keys.Record) switch
        {
            Author a => new AuthorView(a.Key, a.Name, a.Role, links.To(a.UrlPath), ImagePaths.UrlFor(a.Avatar, a.Source, links.To), a.Links, body)
            {
                AvatarImage = ImageViews.Of(context, contentAssets, a.Avatar, a.Source, "96px"),
            },
            Disease d => DiseaseViewOf(d, links, body, ast, context),
            Reviewer r => new ReviewerView(r.Key, r.Name, r.Credentials, r.JobTitle, r.Affiliation, links.To(r.UrlPath), r.Links, body),
            _ => throw new InvalidOperationException("BuildViews handles authors, diseases and reviewers."),
        };
        return doc.With(Keys.View, view);
    }

    private DiseaseView DiseaseViewOf(Disease d, LinkBuilder links, RawHtml body, MarkdownDocument ast, BuildContext context)
    {
        // Diseases are not checked by CheckReferences (articles are), so a disease's reviewer is checked here, once.
        var reviewer = d.ReviewedBy is { Length: > 0 } by && reviewers is not null
            ? ReviewerReference.Check(by, d.ReviewedBySpan, context.ValuesOf<Reviewer>(reviewers, Keys.Record), context.Diagnostics)
            : null;
        var reviewerView = reviewer is null ? null : ReviewerViews.Find(context, reviewers!, reviewer.Key);
        return new DiseaseView
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
            LastReviewed = d.Review?.LastReviewed,
            NextReview = d.Review?.DueBy(context.Input<SiteSettings>().ReviewIntervalSpan()),
            ReviewedBy = reviewerView?.NameWithCredentials ?? d.ReviewedBy,
            Reviewer = reviewerView,
        };
    }
}
