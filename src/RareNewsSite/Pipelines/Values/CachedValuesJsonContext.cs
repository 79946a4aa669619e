using System.Text.Json.Serialization;
using RareNewsSite.Content;
using RareNewsSite.Content.Trust;
using RareNewsSite.Engine;
using RareNewsSite.Images;
using RareNewsSite.Layout;
using RareNewsSite.Markdown.Links;
using RareNewsSite.Modules;
using RareNewsSite.Publishing;
using RareNewsSite.Search;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;

namespace RareNewsSite.Pipelines.Values;

/// <summary>
/// Source-generated JSON for every value a document may hold (compiled ahead of time: no reflection at start-up).
/// A value in a place typed <c>object</c> (a metadata value, a page model's variable, a list page's subject) is
/// written with the name <see cref="CachedValueTypes"/> gives its type, so it is read back as what it was.
/// </summary>
[JsonSourceGenerationOptions(IncludeFields = true, WriteIndented = false)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(Author))]
[JsonSerializable(typeof(Disease))]
[JsonSerializable(typeof(Reviewer))]
[JsonSerializable(typeof(StaticPage))]
[JsonSerializable(typeof(ReviewedPage))]
[JsonSerializable(typeof(ArticleView))]
[JsonSerializable(typeof(AuthorView))]
[JsonSerializable(typeof(DiseaseView))]
[JsonSerializable(typeof(ReviewerView))]
[JsonSerializable(typeof(TagView))]
[JsonSerializable(typeof(PagerView))]
[JsonSerializable(typeof(SearchView))]
[JsonSerializable(typeof(ArticleCard))]
[JsonSerializable(typeof(ArticleLists))]
[JsonSerializable(typeof(AddressClaim))]
[JsonSerializable(typeof(AssetPath))]
[JsonSerializable(typeof(RawHtml))]
[JsonSerializable(typeof(FeedFile))]
[JsonSerializable(typeof(FeedItem))]
[JsonSerializable(typeof(ImageSet))]
[JsonSerializable(typeof(ResolvedLinks))]
[JsonSerializable(typeof(LinkTarget))]
[JsonSerializable(typeof(ListPage))]
[JsonSerializable(typeof(PageModel))]
[JsonSerializable(typeof(RelatedInput))]
[JsonSerializable(typeof(SearchDocument))]
[JsonSerializable(typeof(ShareCardStyle))]
[JsonSerializable(typeof(SharePicture))]
[JsonSerializable(typeof(SiteAddresses))]
[JsonSerializable(typeof(ValueArray<string>))]
[JsonSerializable(typeof(ValueArray<ArticleCard>))]
[JsonSerializable(typeof(ValueArray<AuthorView>))]
[JsonSerializable(typeof(ValueArray<DiseaseView>))]
[JsonSerializable(typeof(ValueArray<LetterGroup>))]
[JsonSerializable(typeof(ValueArray<CorrectionView>))]
[JsonSerializable(typeof(ValueArray<TrialCoverageView>))]
[JsonSerializable(typeof(ValueArray<SearchAliasGroup>))]
// The items of lists: a list is written by its own converter, so the generator does not reach them through it.
[JsonSerializable(typeof(SourceLink))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(Correction))]
[JsonSerializable(typeof(ImageFile))]
[JsonSerializable(typeof(ImageSource))]
[JsonSerializable(typeof(ModelValue))]
[JsonSerializable(typeof(ResolvedLink))]
[JsonSerializable(typeof(SiteAddress))]
[JsonSerializable(typeof(LetterGroup))]
[JsonSerializable(typeof(SearchAliasGroup))]
[JsonSerializable(typeof(SearchSection))]
[JsonSerializable(typeof(CorrectionView))]
[JsonSerializable(typeof(FeedLink))]
[JsonSerializable(typeof(HeadingView))]
[JsonSerializable(typeof(LinkView))]
[JsonSerializable(typeof(NamedLink))]
[JsonSerializable(typeof(TrialCoverageView))]
[JsonSerializable(typeof((string Name, string Url)))]
internal sealed partial class CachedValuesJsonContext : JsonSerializerContext;
