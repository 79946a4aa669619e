using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        var memo = context.Memory?.Get<Memo>();
        var documents = SearchDocuments(context, now, memo);
        var diseases = context.OutputsOf(PipelineNames.Diseases).Select(d => Group(d.Get<DiseaseView>(Keys.View))).ToList();
        var weights = SearchWeights.Parse(context.Settings.SearchWeights, out _) ?? SearchWeights.Default;
        // In the preview, the memos keep each article's search document and what the index builder computed
        // from it between builds (see SearchIndexMemo), so one edited article costs little more than itself.
        var index = new SearchIndexBuilder(weights).Build(documents, diseases, context.Memory?.Get<SearchIndexMemo>() ?? new SearchIndexMemo());
        var files = FileDocuments(index, context, memo);
        // The search page asks for the index by its version, which changes with anything the index holds: it comes
        // as a value of its own, not on every file, so an unchanged file stays the very same document.
        return Task.FromResult(inputs.AddRange(files).Add(new Document().With(VersionKey, index.Version)));
    }

    /// <summary>
    /// The search document of every published article, in the order of the articles. In preview, an article document
    /// at the same position as last time gives the same one (or none) while the clock has not reached a scheduled date.
    /// </summary>
    private static List<SearchDocument> SearchDocuments(BuildContext context, DateTimeOffset now, Memo? memo)
    {
        var articles = ImmutableCollectionsMarshal.AsArray(context.OutputsOf(PipelineNames.Content))!;
        var schedule = context.Memory?.Get<ScheduleVersion>();
        var token = schedule?.Token(now);
        var last = memo?.Articles is { } kept && ReferenceEquals(kept.Schedule, token) ? kept : null;
        var searched = new SearchDocument?[articles.Length];
        var documents = new List<SearchDocument>(articles.Length);
        for (var i = 0; i < articles.Length; i++)
        {
            var doc = articles[i];
            if (StepRuns.SameAt(last?.Documents, articles, i))
            {
                searched[i] = last!.Searched[i];
            }
            else if (doc.Get<ArticleView>(Keys.View) is var view)
            {
                schedule?.Watch(view.Date, now);
                var ast = doc.Get<MarkdownDocument>(Keys.MarkdownAst);
                searched[i] = view.Draft || view.Date > now ? null : Memoized.Get<SearchDocumentMemo, MarkdownDocument, SearchDocument>(
                    context.Memory, ast, new SameObjects([view.CardKey, view.SymptomsKey, .. view.Diseases]), context.Diagnostics, _ => ToSearchDocument(view, ast));
            }
            if (searched[i] is { } document)
            {
                documents.Add(document);
            }
        }
        if (memo is not null)
        {
            memo.Articles = new SearchedArticles(articles, searched, token);
        }
        return documents;
    }

    /// <summary>
    /// The index files as documents, in path order. In preview, when the builder updated its last index, only the
    /// files it changed become new documents; the others are the very documents of the last build.
    /// </summary>
    private static Document[] FileDocuments(SearchIndex index, BuildContext context, Memo? memo)
    {
        if (memo?.Files is { } last && index.Changed is { } changed && index.Files.Count == last.Documents.Length)
        {
            var documents = (Document[])last.Documents.Clone();
            foreach (var path in changed)
            {
                if (!index.Files.TryGetValue(path, out var content) || !last.Positions.TryGetValue(path, out var at))
                {
                    documents = null; // a file came or went, so positions moved: make the list again
                    break;
                }
                documents[at] = FileDocument(SitePath.TrimStart('/') + path, content, context);
            }
            if (documents is not null)
            {
                memo.Files = last with { Documents = documents };
                return documents;
            }
        }
        var all = index.Files.Select(f => FileDocument(SitePath.TrimStart('/') + f.Key, f.Value, context)).ToArray();
        if (memo is not null)
        {
            var positions = new Dictionary<string, int>(index.Files.Count, StringComparer.Ordinal);
            foreach (var path in index.Files.Keys)
            {
                positions[path] = positions.Count;
            }
            memo.Files = new IndexFiles(positions, all);
        }
        return all;
    }

    /// <summary>What the last build of a preview session made: each article's search document and the index files.</summary>
    private sealed class Memo
    {
        public SearchedArticles? Articles { get; set; }

        public IndexFiles? Files { get; set; }
    }

    private sealed record SearchedArticles(Document[] Documents, SearchDocument?[] Searched, object? Schedule);

    private sealed record IndexFiles(Dictionary<string, int> Positions, Document[] Documents);

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
    /// Search documents by parse tree, in preview (a tree's text is fixed once it is parsed; later steps only rewrite
    /// link and image addresses, which the plain text leaves out), kept while the card (title, address, dates,
    /// summary, authors', diseases' and tags' names, drugs), the symptoms and the disease records are the same: an
    /// author's new bio, which makes a new view of each of their articles, makes no new search document.
    /// </summary>
    private sealed class SearchDocumentMemo : IdentityMemo<MarkdownDocument, SearchDocument>;

    private static SearchAliasGroup Group(DiseaseView disease) =>
        new(disease.Name, [.. disease.AlsoKnownAs, .. disease.Abbreviation is { } a ? [a] : Array.Empty<string>()]);
}
