using System.Runtime.InteropServices;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Pipelines;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Site;

/// <summary>
/// The views of the published articles, in the Content pipeline's order, with tokens for what lists show of them:
/// in preview <see cref="Cards"/> stays the same object from build to build while every card key is equal in the
/// same order, <see cref="Symptoms"/> while every symptoms key is too, and <see cref="Related"/> while every
/// article has the same source, diseases and tags (what related lists are made from, with the order). An article
/// document at the same position as in the last build is the same view, so a body edit compares one card instead
/// of reading 10,000 views.
/// </summary>
internal sealed record ArticleCards(ArticleView[] Views, object? Cards, object? Symptoms, object? Related)
{
    /// <summary>The views and tokens of this build's articles; without a memory (a plain build) no tokens.</summary>
    public static ArticleCards Of(BuildContext context)
    {
        var docs = ImmutableCollectionsMarshal.AsArray(context.OutputsOf(PipelineNames.Content))!;
        var memo = context.Memory?.Get<LastMade<Made>>();
        var last = memo?.Value;
        var views = new ArticleView[docs.Length];
        var (sameCards, sameSymptoms) = (last is not null && last.Documents.Length == docs.Length, true);
        var sameRelated = sameCards;
        for (var i = 0; i < docs.Length; i++)
        {
            if (StepRuns.SameAt(last?.Documents, docs, i))
            {
                views[i] = last!.Cards.Views[i];
                continue;
            }
            views[i] = docs[i].Get<ArticleView>(Keys.View);
            if (last is not null && last.Documents.Length == docs.Length)
            {
                var before = last.Cards.Views[i];
                sameCards &= before.CardKey == views[i].CardKey;
                sameSymptoms &= before.SymptomsKey == views[i].SymptomsKey;
                sameRelated &= SameRelatedInputs(before, views[i]);
            }
        }
        if (memo is null)
        {
            return new ArticleCards(views, null, null, null);
        }
        var cards = sameCards ? last!.Cards.Cards! : new object();
        var cardsAndSymptoms = sameCards && sameSymptoms ? last!.Cards.Symptoms! : new object();
        var related = sameRelated ? last!.Cards.Related! : new object();
        var made = new ArticleCards(views, cards, cardsAndSymptoms, related);
        memo.Value = new Made(docs, made);
        return made;
    }

    // Related lists are made from each article's source, disease keys and tag keys (as written, repeats included).
    private static bool SameRelatedInputs(ArticleView before, ArticleView now)
    {
        if (before.Source != now.Source || !before.DiseaseKeys.SequenceEqual(now.DiseaseKeys, StringComparer.Ordinal)
            || before.Tags.Count != now.Tags.Count)
        {
            return false;
        }
        for (var t = 0; t < now.Tags.Count; t++)
        {
            if (before.Tags[t].Key != now.Tags[t].Key)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The last build's articles, in preview.</summary>
    private sealed record Made(Document[] Documents, ArticleCards Cards);
}
