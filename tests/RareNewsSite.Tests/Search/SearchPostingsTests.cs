using RareNewsSite.Search;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Search;

public sealed class SearchPostingsTests
{
    [Theory]
    [InlineData(30)]
    [InlineData(2_500)]
    public void Should_Give_Every_Term_Its_Pages_In_Id_Order_With_Their_Scores(int pageCount)
    {
        // Given pages with terms from a small vocabulary (so most terms are on pages of every core's range), some with a
        // score of 0 (not posted); enough pages for the postings to be collected on every core, and few
        var random = new Random(pageCount);
        var vocabulary = Enumerable.Range(0, 400).Select(i => $"t{i % 7}{i}").ToArray();
        var pages = Enumerable.Range(0, pageCount).Select(_ =>
        {
            var terms = vocabulary.OrderBy(_ => random.Next()).Take(random.Next(1, 40)).ToArray();
            var scores = terms.Select(_ => (byte)random.Next(0, 4)).ToArray();
            return new ScoredTerms(new DocumentTerms(null!, [], terms, [], []), null!, scores);
        }).ToList();

        // When the postings are built
        var postings = SearchPostings.Build(pages);

        // Then each term lists the pages that score it, by id, each once: what a page-by-page walk finds
        var expected = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var id = 0; id < pages.Count; id++)
        {
            foreach (var (term, score) in pages[id].Terms.Terms.Zip(pages[id].Scores).Where(p => p.Second != 0))
            {
                (expected.TryGetValue(term, out var list) ? list : expected[term] = []).Add(new Posting(id, score));
            }
        }
        var built = postings.Groups.SelectMany(g => g.Terms).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        built.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var (term, list) in expected)
        {
            built[term].ShouldBe(list, term);
        }
        postings.Groups.ShouldAllBe(g => g.Terms.Keys.All(t => t.StartsWith(g.Prefix, StringComparison.Ordinal)));
    }
}
