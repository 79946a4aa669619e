using RareNewsSite.Search;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Search;

/// <summary>A build with a memo from earlier builds writes the same files as a fresh build, and writes again only what changed.</summary>
public sealed class SearchIndexStateTests
{
    private static readonly SearchAliasGroup All = new("Acute lymphoblastic leukemia", ["Acute lymphocytic leukemia", "ALL"]);

    private static readonly string[] Words =
    [
        "gene", "therapy", "trial", "babies", "registry", "families", "leukemia", "marrow", "enzyme", "infusion",
        "kidney", "liver", "muscle", "nerve", "seizure", "vision", "hearing", "growth", "bone", "skin",
    ];

    private static SearchDocument Doc(int i) => new()
    {
        Url = $"/articles/a{i}/",
        Title = $"Story {i} about {Words[i % Words.Length]}",
        Date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i % 40),
        Summary = $"Summary of {Words[(i * 7) % Words.Length]}.",
        Body = string.Join(' ', Enumerable.Range(0, 30 + i % 11).Select(j => Words[(i * 3 + j * j) % Words.Length])) + (i % 5 == 0 ? " Children with ALL." : ""),
        Headings = [$"About {Words[(i + 2) % Words.Length]}"],
        Diseases = i % 4 == 0 ? [All] : [],
        Tags = [Words[i % 3]],
        Authors = ["Ann Author"],
    };

    private static readonly SearchIndexBuilder Builder = new(SearchWeights.Default) { ShardSplitBytes = 400 };

    private static void ShouldEqualAFreshBuild(SearchIndex index, IReadOnlyList<SearchDocument> docs)
    {
        var fresh = Builder.Build(docs, [All]);
        index.Files.Keys.ShouldBe(fresh.Files.Keys);
        foreach (var (path, content) in fresh.Files)
        {
            index.Files[path].ShouldBe(content, path);
        }
        index.Version.ShouldBe(fresh.Version);
    }

    [Fact]
    public void Should_Write_The_Same_Files_When_It_Forgets_Each_Page_Once_Its_Postings_Are_Made()
    {
        // Given: the pages of a build whose memo is not used again (a build without a preview)
        var docs = Enumerable.Range(0, 60).Select(Doc).ToList();
        var memo = new SearchIndexState();

        // When
        var index = new SearchIndexBuilder(SearchWeights.Default) { ShardSplitBytes = 400, Forgets = true }.Build(docs, [All], memo);

        // Then: the files of a build that remembers, and a memo that holds no finished build to be updated
        ShouldEqualAFreshBuild(index, docs);
        memo.Last.ShouldBeNull();
        memo.LengthSums.ShouldBeNull();
        Builder.Build(docs, [All], memo).Files.Keys.ShouldBe(index.Files.Keys);
    }

    [Fact]
    public void Should_Write_Only_The_Shards_Of_The_Changed_Terms_After_A_Body_Edit()
    {
        // Given: an index built with a memo
        var docs = Enumerable.Range(0, 60).Select(Doc).ToList();
        var memo = new SearchIndexState();
        var before = Builder.Build(docs, [All], memo);
        memo.TokenizedDocuments.ShouldBe(60);

        // When: one body gains a new word
        docs[17] = docs[17] with { Body = docs[17].Body + " Zebrafish." };
        var after = Builder.Build(docs, [All], memo);

        // Then: only that page is tokenized again, and only its shards are written again
        ShouldEqualAFreshBuild(after, docs);
        after.Version.ShouldNotBe(before.Version);
        memo.TokenizedDocuments.ShouldBe(1);
        memo.RebuiltPostings.ShouldBeFalse();
        memo.ReusedShards.ShouldBeGreaterThan(0);
        memo.WrittenShards.ShouldBeLessThan(memo.ReusedShards);
        after.Files.Keys.ShouldContain("t/ze.json");
    }

    [Fact]
    public void Should_Match_A_Fresh_Build_After_Each_Kind_Of_Edit()
    {
        var docs = Enumerable.Range(0, 40).Select(Doc).ToList();
        var memo = new SearchIndexState();
        Builder.Build(docs, [All], memo);
        // Each edit with the pages it tokenizes again (null: not checked; new aliases tokenize every page)
        var edits = new (string Name, Action Edit, int? Tokenized)[]
        {
            ("title", () => docs[3] = docs[3] with { Title = "A brand new headline" }, 1),
            ("a word removed everywhere it was", () => docs[5] = docs[5] with { Body = "Short." }, 1),
            ("body back: the memo still holds its terms", () => docs[5] = Doc(5), 0),
            ("date: ids move, groups seen in another order", () => docs[9] = docs[9] with { Date = docs[9].Date.AddYears(-3) }, 1),
            ("tag: filters change", () => docs[2] = docs[2] with { Tags = ["brand-new-topic"] }, 1),
            ("disease: aliases change", () => docs[1] = docs[1] with { Diseases = [new SearchAliasGroup("Fabry disease", ["FD"])] }, null),
            ("added", () => docs.Add(Doc(41)), 1),
            ("removed", () => docs.RemoveAt(0), null),
            ("nothing", () => { }, 0),
        };

        foreach (var (name, edit, tokenized) in edits)
        {
            edit();
            var index = Builder.Build(docs, [All], memo);
            ShouldEqualAFreshBuild(index, docs);
            if (tokenized is { } expected)
            {
                memo.TokenizedDocuments.ShouldBe(expected, name);
            }
        }
        memo.WrittenShards.ShouldBe(0); // the last build changed nothing
    }

    [Fact]
    public void Should_Start_Afresh_When_The_Builder_Settings_Differ()
    {
        var docs = Enumerable.Range(0, 20).Select(Doc).ToList();
        var memo = new SearchIndexState();
        Builder.Build(docs, [All], memo);

        var other = new SearchIndexBuilder(SearchWeights.Default) { ShardSplitBytes = 100_000 };
        var index = other.Build(docs, [All], memo);

        var fresh = other.Build(docs, [All]);
        index.Files.Keys.ShouldBe(fresh.Files.Keys);
        foreach (var (path, content) in fresh.Files)
        {
            index.Files[path].ShouldBe(content, path);
        }
        memo.TokenizedDocuments.ShouldBe(20);
    }

    [Theory]
    [InlineData(0.123, 0.12)]
    [InlineData(8.46, 8.5)]
    [InlineData(407.2, 410)]
    [InlineData(1, 1)]
    [InlineData(0, 0)]
    public void Should_Round_Average_Lengths_To_Two_Significant_Digits(double value, double rounded) =>
        ScoringContext.Round(value).ShouldBe(rounded, 1e-9);
}
