using System.Text.Json;
using RareNewsSite.Engine;
using RareNewsSite.Search;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Search;

public sealed class SearchIndexBuilderTests
{
    private static readonly SearchAliasGroup All = new("Acute lymphoblastic leukemia", ["Acute lymphocytic leukemia", "ALL"]);

    private static SearchDocument Doc(string slug, string title, string body, int day = 1, SearchAliasGroup[]? diseases = null, string[]? drugs = null) => new()
    {
        Url = $"/articles/{slug}/",
        Title = title,
        Date = new DateTimeOffset(2026, 1, day, 0, 0, 0, TimeSpan.Zero),
        Summary = "A summary.",
        Body = body,
        Diseases = diseases ?? [],
        Drugs = [.. (drugs ?? []).Select(SearchAliasGroup.FromDrug)],
        Tags = ["research"],
        Authors = ["Ann Author"],
    };

    private static SearchIndex Build(params SearchDocument[] docs) => new SearchIndexBuilder(SearchWeights.Default).Build(docs, [All]);

    /// <summary>The page ids a term's postings list, read from its shard.</summary>
    private static List<int> DocsOf(SearchIndex index, string term)
    {
        var shard = index.Files.TryGetValue($"t/{term[..3]}.json", out var three) ? three : index.Files.GetValueOrDefault($"t/{term[..2]}.json");
        if (shard is null || !JsonDocument.Parse(shard).RootElement.TryGetProperty(term, out var postings))
        {
            return [];
        }
        var docs = new List<int>();
        var text = postings.GetString()!;
        var previous = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var gap = 0;
            int digit;
            while ((digit = Base64Varint.Alphabet.IndexOf(text[i++], StringComparison.Ordinal)) < 32)
            {
                gap = gap * 32 + digit;
            }
            previous += gap * 32 + digit - 32 + 1;
            docs.Add(previous); // text[i] is the score
        }
        return docs;
    }

    private static int IdOf(SearchIndex index, string slug) =>
        index.Files.Single(f => f.Key.StartsWith("p/", StringComparison.Ordinal) && index.Text(f.Key).Contains($"/articles/{slug}/", StringComparison.Ordinal)).Key[2..^5] is var id ? int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) : -1;

    [Fact]
    public void Should_Write_Identical_Files_Whatever_The_Input_Order()
    {
        var a = Doc("a", "Blinatumomab for babies", "Babies with ALL did better.", 3, [All], ["blinatumomab (Blincyto)"]);
        var b = Doc("b", "Gene therapy", "A gene therapy trial.", 2);
        var c = Doc("c", "Registry", "Families share data.", 1);

        var first = Build(a, b, c);
        var second = Build(c, a, b);

        second.Files.Keys.ShouldBe(first.Files.Keys);
        foreach (var (path, content) in first.Files)
        {
            second.Files[path].ShouldBe(content, path);
        }
        second.Version.ShouldBe(first.Version);
        first.Text("meta.json").ShouldNotContain("\n");
    }

    [Fact]
    public void Should_Find_A_Disease_By_Every_Name_And_Abbreviation()
    {
        var index = Build(Doc("a", "Babies do better", "A new drug helped.", diseases: [All]), Doc("b", "Other news", "Nothing here."));
        var a = IdOf(index, "a");

        foreach (var term in new[] { "all", "lymphocytic", "lymphoblastic", "leukemia", "acute" })
        {
            DocsOf(index, term).ShouldBe([a], term);
        }
    }

    [Fact]
    public void Should_Index_A_Capitalised_Abbreviation_But_Not_The_Stop_Word()
    {
        // Given: "all" is a stop word; "ALL" in capitals is the disease
        var index = Build(
            Doc("caps", "News", "Most children with ALL can be treated."),
            Doc("word", "News", "We asked all of them."));

        DocsOf(index, "all").ShouldBe([IdOf(index, "caps")]);
    }

    [Fact]
    public void Should_Find_An_Article_That_Names_The_Disease_Another_Way()
    {
        // Given: no disease in front matter, only the full name in the text
        var index = Build(Doc("a", "News", "A study of acute lymphoblastic leukemia in adults."), Doc("b", "News", "Unrelated."));

        DocsOf(index, "all").ShouldBe([IdOf(index, "a")]);
        DocsOf(index, "lymphocytic").ShouldBe([IdOf(index, "a")]);
    }

    [Fact]
    public void Should_Find_A_Drug_By_Brand_And_Generic_Name()
    {
        var index = Build(
            Doc("listed", "News", "Text.", drugs: ["blinatumomab (Blincyto)"]),
            Doc("mentions-brand", "News", "Some families asked about Blincyto."),
            Doc("other", "News", "Text."));

        DocsOf(index, "blincyto").Order().ShouldBe(new[] { IdOf(index, "listed"), IdOf(index, "mentions-brand") }.Order());
        DocsOf(index, "blinatumomab").Order().ShouldBe(new[] { IdOf(index, "listed"), IdOf(index, "mentions-brand") }.Order());
    }

    [Fact]
    public void Should_Weigh_The_Title_Above_The_Body()
    {
        var index = Build(Doc("title", "Blinatumomab news", "Text."), Doc("body", "News", "Text about blinatumomab."));
        var postings = JsonDocument.Parse(index.Files["t/bl.json"]).RootElement.GetProperty("blinatumomab").GetString()!;
        var title = IdOf(index, "title");

        // Two postings of two characters each: gap, score; ids are newest first, so both are 0 and 1.
        var scores = new[] { postings[1], postings[3] }.Select(c => Base64Varint.Alphabet.IndexOf(c, StringComparison.Ordinal)).ToArray();
        scores[title].ShouldBeGreaterThan(scores[1 - title]);
    }

    [Fact]
    public void Should_Split_A_Big_Shard_By_Three_Letters()
    {
        var docs = Enumerable.Range(1, 20).Select(i => Doc($"d{i}", "Title", "leukemia leukocyte lever level le", (i % 28) + 1)).ToArray();
        var index = new SearchIndexBuilder(SearchWeights.Default) { ShardSplitBytes = 50 }.Build(docs, []);

        index.Files.Keys.ShouldContain("t/leu.json");
        index.Files.Keys.ShouldContain("t/lev.json");
        index.Files.Keys.ShouldContain("t/le.json"); // the two-letter word stays in the two-letter shard
        JsonDocument.Parse(index.Files["meta.json"]).RootElement.GetProperty("s").GetString()!.Split(' ').ShouldContain("leu");
    }

    [Fact]
    public void Should_Leave_Drafts_And_Future_Posts_Out_Even_When_They_Are_Built()
    {
        // Given: a draft and a scheduled post, built with --drafts --future
        var site = TestSite.FromText("""
            -- input/authors/a.md --
            ---
            name: Ann Author
            ---
            Bio.
            -- input/articles/published.md --
            ---
            title: Published news
            date: 2026-01-02
            author: a
            summary: Out now.
            ---
            Visible words.
            -- input/articles/draft.md --
            ---
            title: Draft news
            date: 2026-01-02
            author: a
            summary: Not yet.
            draft: true
            ---
            Zanzibarian secret.
            -- input/articles/future.md --
            ---
            title: Future news
            date: 2099-01-02
            author: a
            summary: Later.
            ---
            Quixotical secret.
            """);

        // When
        var built = site.Build(new BuildOptions { Clock = TestClock.Default, IncludeDrafts = true, IncludeFuture = true }).ShouldSucceed();

        // Then
        built.File("articles/draft/index.html").ShouldContain("Zanzibarian");
        var index = built.Output.Paths.Where(p => p.StartsWith("search/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal)).ToList();
        index.ShouldContain("search/p/0.json");
        index.ShouldNotContain("search/p/1.json");
        foreach (var path in index)
        {
            var text = built.Output.ReadText(path);
            text.ShouldNotContain("zanzibarian", Case.Insensitive, path);
            text.ShouldNotContain("quixotical", Case.Insensitive, path);
            text.ShouldNotContain("secret", Case.Insensitive, path);
        }
        built.File("search/meta.json").ShouldContain("\"n\":1,");
    }

    [Fact]
    public void Should_Write_No_Index_Or_Search_Box_When_Search_Is_Off()
    {
        var site = TestSite.FromText("""
            -- input/authors/a.md --
            ---
            name: Ann Author
            ---
            Bio.
            """);

        var built = site.Build(settings: new Dictionary<string, string> { ["GenerateSearchIndex"] = "false" }).ShouldSucceed();

        built.Output.Paths.ShouldNotContain(p => p.StartsWith("search/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("title=12, body=0.5", null)]
    [InlineData("titel=3", "unknown field")]
    [InlineData("title=lots", "needs a number")]
    [InlineData("3=2", "unknown field")]
    public void Should_Parse_Weights_Or_Explain_The_Problem(string text, string? problem)
    {
        var weights = SearchWeights.Parse(text, out var error);

        if (problem is null)
        {
            weights.ShouldNotBeNull();
            weights[SearchField.Title].ShouldBe(12);
            weights[SearchField.Body].ShouldBe(0.5);
            weights[SearchField.Headings].ShouldBe(SearchWeights.Default[SearchField.Headings]);
        }
        else
        {
            weights.ShouldBeNull();
            error.ShouldNotBeNull().ShouldContain(problem);
        }
    }

    [Fact]
    public void Should_Report_Bad_Weights_As_A_Setting_Error()
    {
        var site = TestSite.FromText("""
            -- statiq.json --
            { "SearchWeights": "titel=3" }
            """);

        site.Build().Diagnostics.ShouldContain(d => d.Contains("RN0402", StringComparison.Ordinal) && d.Contains("titel=3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(123_456)]
    public void Should_Read_Back_Written_Numbers(int value)
    {
        var builder = new System.Text.StringBuilder();
        Base64Varint.Append(builder, value);
        Base64Varint.Append(builder, 7);

        Base64Varint.Decode(builder.ToString()).ShouldBe([value, 7]);
    }
}
