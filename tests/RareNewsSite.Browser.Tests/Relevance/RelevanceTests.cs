using RareNewsSite.Benchmarks.Corpus;
using RareNewsSite.Browser.Tests.Infrastructure;
using RareNewsSite.Building;
using RareNewsSite.Relevance;
using Xunit.Abstractions;

namespace RareNewsSite.Browser.Tests.Relevance;

/// <summary>
/// The relevance set (<c>queries.tsv</c>) typed into the search page of the example site and of a generated site, in
/// Chromium: plurals, British spellings, lay words, typos, phrases and abbreviations. The shares it reaches are the
/// README's figures; the floors below are those figures, so a change that makes search find less fails here.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class RelevanceTests(SiteFixture site, ITestOutputHelper output)
{
    // The share of queries (in percent) whose expected article comes first / in the first three: the README's "after".
    private const int FirstFloor = 94;
    private const int TopThreeFloor = 96;

    [BrowserFact]
    public async Task Should_Rank_The_Expected_Articles_For_The_Relevance_Set()
    {
        // Given: both sites built and served
        var repo = RepositoryRoot.Find();
        var queries = RelevanceSet.Load(repo);
        var corpus = new CorpusGenerator().Generate(RelevanceSet.GeneratedArticles);
        var generatedRoot = Path.Combine(Path.GetTempPath(), "rarenews-relevance-" + Guid.NewGuid().ToString("N"));
        SiteFolderWriter.Write(corpus, generatedRoot, repo);
        try
        {
            var result = await SiteBuilder.BuildToFolderAsync(generatedRoot, Path.Combine(generatedRoot, "output"), new BuildRequest());
            result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
            using var generatedServer = StaticFileServer.Start(Path.Combine(generatedRoot, "output"));
            var frontMatter = new Dictionary<string, List<(string, IReadOnlyList<string>, IReadOnlyList<string>)>>
            {
                ["example"] = [.. queries.Where(q => q.Site == "example").SelectMany(q => q.Expected).Distinct().Select(s => (s, (IReadOnlyList<string>)[], (IReadOnlyList<string>)[]))],
                ["generated"] = [.. corpus.Articles.Select(a => (a.Slug, a.Diseases, a.Drugs))],
            };

            // When: every query typed into the site's search page
            var runs = new List<(RelevanceQuery, HashSet<string>, string[])>();
            foreach (var (name, baseUrl) in new[] { ("example", site.BaseUrl), ("generated", generatedServer.BaseUrl) })
            {
                await using var session = await site.OpenUrlAsync(baseUrl + "/search/");
                foreach (var query in queries.Where(q => q.Site == name))
                {
                    runs.Add((query, RelevanceSet.ExpectedUrls(query, frontMatter[name]), await RelevanceSet.OursAsync(session.Page, query.Text)));
                }
            }

            // Then
            var score = RelevanceSet.Score(runs);
            output.WriteLine(score.Summary);
            foreach (var miss in score.Misses)
            {
                output.WriteLine(miss);
            }
            queries.Count.ShouldBeGreaterThanOrEqualTo(40);
            (100 * score.First / score.Queries).ShouldBeGreaterThanOrEqualTo(FirstFloor, score.Summary);
            (100 * score.TopThree / score.Queries).ShouldBeGreaterThanOrEqualTo(TopThreeFloor, score.Summary);
        }
        finally
        {
            Directory.Delete(generatedRoot, recursive: true);
        }
    }
}
