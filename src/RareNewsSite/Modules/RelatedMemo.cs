using RareNewsSite.Incremental;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// The related articles of every article (by source file), kept between preview builds. Which articles are
/// related depends only on the order of the article list and each article's diseases and tags (date and title
/// only break ties, and the list is already sorted by them): while none of those changed anywhere (a body edit,
/// most title edits), every list is reused; any such change computes them all again.
/// </summary>
internal sealed class RelatedMemo
{
    private readonly Lock _lock = new();
    private string _signature = "";
    private string _pendingSignature = ""; // this build's, remembered with its lists once they are known
    private IReadOnlyDictionary<string, string[]> _related = new Dictionary<string, string[]>();

    /// <summary>The related sources known for the current articles (empty when something they depend on changed).</summary>
    public IReadOnlyDictionary<string, string[]> Related { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The session's memo, ready for <paramref name="articles"/>, or null in a plain build.</summary>
    public static RelatedMemo? For(BuildMemory? memory, IReadOnlyList<ArticleView> articles)
    {
        if (memory is null)
        {
            return null;
        }
        var memo = memory.Get<RelatedMemo>();
        var signature = Signature(articles);
        lock (memo._lock)
        {
            memo._pendingSignature = signature;
            memo.Related = memo._signature == signature ? memo._related : new Dictionary<string, string[]>();
        }
        return memo;
    }

    /// <summary>Keeps the lists of this build for the next.</summary>
    public void Remember(IEnumerable<(string Source, string[] Related)> related)
    {
        var bySource = related.ToDictionary(r => r.Source, r => r.Related, StringComparer.Ordinal);
        lock (_lock)
        {
            _signature = _pendingSignature;
            _related = bySource;
        }
    }

    private static string Signature(IReadOnlyList<ArticleView> articles)
    {
        var hasher = new ValueHasher();
        foreach (var article in articles)
        {
            hasher.Add(article.Source).Add(article.DiseaseKeys.Count);
            foreach (var disease in article.DiseaseKeys)
            {
                hasher.Add(disease);
            }
            hasher.Add(article.Tags.Count);
            foreach (var tag in article.Tags)
            {
                hasher.Add(tag.Key);
            }
        }
        return hasher.Key("related");
    }
}
