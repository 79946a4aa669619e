using System.Collections.Frozen;
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
/// The types a place typed <c>object</c> may hold in a cached document, each with the name it is written under. A value of
/// any other type cannot be kept: writing it fails loudly, naming the type, so a module that starts to keep a new kind
/// of value shows up in the cache's tests rather than as a stale page.
/// </summary>
internal static class CachedValueTypes
{
    /// <summary>Every type a value may have; each but <see cref="ParsedMarkdown"/> (written by its converter) needs its
    /// <c>[JsonSerializable]</c> in <see cref="CachedValuesJsonContext"/> too, which the cache's tests check.</summary>
    internal static readonly Type[] Types =
    [
        typeof(string), typeof(bool), typeof(int), typeof(DateTimeOffset),
        typeof(Article), typeof(Author), typeof(Disease), typeof(Reviewer), typeof(StaticPage), typeof(ReviewedPage),
        typeof(ArticleView), typeof(AuthorView), typeof(DiseaseView), typeof(ReviewerView), typeof(TagView), typeof(PagerView), typeof(SearchView),
        typeof(ArticleCard), typeof(ArticleLists), typeof(AddressClaim), typeof(AssetPath), typeof(RawHtml), typeof(FeedFile), typeof(FeedItem),
        typeof(ImageSet), typeof(ResolvedLinks), typeof(LinkTarget), typeof(ListPage), typeof(PageModel), typeof(RelatedInput), typeof(SearchDocument),
        typeof(ShareCardStyle), typeof(SharePicture), typeof(SiteAddresses), typeof(ParsedMarkdown),
        typeof(ValueArray<string>), typeof(ValueArray<ArticleCard>), typeof(ValueArray<AuthorView>), typeof(ValueArray<DiseaseView>),
        typeof(ValueArray<LetterGroup>), typeof(ValueArray<CorrectionView>), typeof(ValueArray<TrialCoverageView>), typeof(ValueArray<SearchAliasGroup>),
    ];

    /// <summary>
    /// The converters of the lists of structs a cached value holds, made in code: the native program can make the
    /// converter of a list of any class at run time, but a struct's only where code names it. A test checks that every
    /// such list is here.
    /// </summary>
    internal static readonly System.Text.Json.Serialization.JsonConverter[] ListOfStructConverters =
    [
        new ValueArrayJsonConverter.Of<(string, string)>(),
        new ValueArrayJsonConverter.Of<SearchSection>(),
        new ValueArrayJsonConverter.Of<ResolvedLink>(),
        new ValueArrayJsonConverter.Of<ModelValue>(),
    ];

    private static readonly FrozenDictionary<Type, string> Names = Types.ToFrozenDictionary(t => t, NameOf);
    private static readonly FrozenDictionary<string, Type> ByName = Types.ToFrozenDictionary(NameOf, t => t, StringComparer.Ordinal);

    /// <summary>The name <paramref name="type"/> is written under.</summary>
    /// <exception cref="NotSupportedException">No cached value may be of that type.</exception>
    public static string Name(Type type) =>
        Names.TryGetValue(type, out var name) ? name : throw new NotSupportedException($"a value of type {type} cannot be kept in the build cache");

    /// <summary>The type written under <paramref name="name"/>.</summary>
    /// <exception cref="System.Text.Json.JsonException">No type has that name.</exception>
    public static Type Of(string name) =>
        ByName.TryGetValue(name, out var type) ? type : throw new System.Text.Json.JsonException($"no cached value type is named '{name}'");

    private static string NameOf(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(',', type.GetGenericArguments().Select(NameOf))}>" : type.Name;
}
