using RareNewsSite.Modules;
using RareNewsSite.Site.Views;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Site;

public sealed class RelatedArticlesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Should_Pick_What_The_Reference_Definition_Picks(int seed)
    {
        // Given a few hundred articles with random diseases, tags (few or many, by seed) and dates (many ties), newest first
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var all = Enumerable.Range(0, 300)
            .Select(i => Article(i, start.AddDays(random.Next(20)), random.Next(4) == 0 ? "Same title" : $"Title {random.Next(50)}",
                [.. Pick(random, ["cll", "all", "sma", "pku"], 2)], [.. Pick(random, ["trial", "approval", "gene", "diet", "care"], 1 + (seed % 3))]))
            .OrderByDescending(a => a.Date).ThenBy(a => a.Title, StringComparer.Ordinal)
            .Select((a, rank) => new RelatedInput(a.Source, rank, a.DiseaseKeys, [.. a.Tags.Select(t => t.Key)])).ToList();
        var candidates = new FindRelated.RelatedCandidates(all);

        // Then the one-pass search agrees with sorting the whole list, for every article
        foreach (var article in all)
        {
            candidates.For(article).Select(a => a.Source).ShouldBe(FindRelated.Related(article, all).Select(a => a.Source), article.Source);
        }
    }

    private static IEnumerable<string> Pick(Random random, string[] from, int most) => from.Where(_ => random.Next(from.Length) < most);

    private static ArticleCard Article(int n, DateTimeOffset date, string title, IReadOnlyList<string> diseases, IReadOnlyList<string> tags) => new()
    {
        Title = title,
        Url = $"/articles/{n}/",
        Date = date,
        Summary = "",
        Authors = [],
        Diseases = [],
        Tags = [.. tags.Select(t => new TagView(t, t, $"/tags/{t}/"))],
        Symptoms = [],
        ReadingMinutes = 1,
        Source = $"input/articles/{n}.md",
        AuthorKeys = [],
        DiseaseKeys = [.. diseases],
    };
}
