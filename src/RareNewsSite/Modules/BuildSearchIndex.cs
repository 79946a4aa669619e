using System.Collections.Immutable;
using Markdig.Extensions.Abbreviations;
using Markdig.Syntax;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Markdown;
using RareNewsSite.Pipelines;
using RareNewsSite.Search;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Builds the search index from the rendered articles and adds its files under <c>search/</c>. Drafts and
/// scheduled posts never enter it, even in a <c>--drafts</c> or <c>--future</c> build.
/// </summary>
public sealed class BuildSearchIndex : IModule
{
    /// <summary>The metadata key holding the index version (a content hash), on a document of its own without a destination.</summary>
    public const string VersionKey = "SearchIndexVersion";

    /// <summary>Where the index and the search page live.</summary>
    public const string SitePath = "/search/";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Settings.GenerateSearchIndex)
        {
            return Task.FromResult(inputs);
        }
        var now = context.Now;
        var articles = new List<Document>();
        foreach (var doc in context.OutputsOf(PipelineNames.Content))
        {
            if (doc.Get<ArticleView>(Keys.View) is { Draft: false } view && view.Date <= now)
            {
                articles.Add(doc);
            }
        }
        var diseases = context.OutputsOf(PipelineNames.Diseases).Select(d => Group(d.Get<DiseaseView>(Keys.View))).ToList();
        var weights = SearchWeights.Parse(context.Settings.SearchWeights, out _) ?? SearchWeights.Default;
        // In the preview, the memos keep each article's search document and what the index builder computed
        // from it between builds (see SearchIndexMemo), so one edited article costs little more than itself.
        var documents = articles.ConvertAll(a => Memoized.Get<SearchDocumentMemo, Document, SearchDocument>(
            context.Memory, a, null, context.Diagnostics, _ => ToSearchDocument(a.Get<ArticleView>(Keys.View), a.Get<MarkdownDocument>(Keys.MarkdownAst)))!);
        var index = new SearchIndexBuilder(weights).Build(documents, diseases, context.Memory?.Get<SearchIndexMemo>() ?? new SearchIndexMemo());

        var files = index.Files.Select(f => FileDocument(SitePath.TrimStart('/') + f.Key, f.Value, context));
        // The search page asks for the index by its version, which changes with anything the index holds: it comes
        // as a value of its own, not on every file, so an unchanged file stays the very same document.
        return Task.FromResult(inputs.AddRange(files).Add(new Document().With(VersionKey, index.Version)));
    }

    private static readonly ImmutableSortedSet<string> Everything = Document.DependencySet(["input/articles/", "input/authors/", "input/diseases/", "statiq.json"]);

    /// <summary>
    /// One index file. In preview most files are the very strings of the last build, and the same string gives the
    /// same document, which the output already holds (see <see cref="Incremental.OutputLedger"/>).
    /// </summary>
    private static Document FileDocument(string destination, string content, BuildContext context) =>
        Memoized.Get<FileMemo, string, Document>(context.Memory, content, destination, context.Diagnostics,
            _ => new Document { Destination = destination, Content = content, Dependencies = Everything })!;

    /// <summary>Index file documents by content, in preview.</summary>
    private sealed class FileMemo : IdentityMemo<string, Document>;

    /// <summary>An article as the index builder sees it.</summary>
    public static SearchDocument ToSearchDocument(ArticleView view, MarkdownDocument ast) => new()
    {
        Url = view.Url,
        Title = view.Title,
        Date = view.Date,
        Summary = view.Summary,
        Headings = [.. ast.Descendants<HeadingBlock>().Select(h => InlineText.Of(h))],
        Body = InlineText.OfBlock(ast),
        Diseases = [.. view.Diseases.Select(Group)],
        Drugs = [.. view.Drugs.Select(SearchAliasGroup.FromDrug)],
        Abbreviations = ast.GetAbbreviations() is { } abbreviations
            ? [.. abbreviations.Values.OrderBy(a => a.Label, StringComparer.Ordinal).Select(a => new SearchAliasGroup(a.Label ?? "", [a.Text.ToString()]))]
            : [],
        Symptoms = view.Symptoms,
        Tags = [.. view.Tags.Select(t => t.Name)],
        Authors = [.. view.Authors.Select(a => a.Name)],
    };

    /// <summary>
    /// Search documents by article document, in preview: the same document holds the same view and tree (a tree's
    /// text is fixed once it is parsed; later steps only rewrite link and image addresses, which the plain text
    /// leaves out), so it always makes the same search document.
    /// </summary>
    private sealed class SearchDocumentMemo : IdentityMemo<Document, SearchDocument>;

    private static SearchAliasGroup Group(DiseaseView disease) =>
        new(disease.Name, [.. disease.AlsoKnownAs, .. disease.Abbreviation is { } a ? [a] : Array.Empty<string>()]);
}
