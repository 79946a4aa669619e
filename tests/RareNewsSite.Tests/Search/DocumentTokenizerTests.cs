using RareNewsSite.Search;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Search;

/// <summary>A document's field terms and alias names against the index builder's first definition (<see cref="RegexSearchText"/>).</summary>
public sealed class DocumentTokenizerTests
{
    private static readonly SearchAliasGroup All = new("Acute lymphoblastic leukemia", ["Acute lymphocytic leukemia", "ALL"]);
    private static readonly SearchAliasGroup Sjogren = new("Sjögren syndrome", ["Sjogren's syndrome", "SS"]);
    private static readonly SearchAliasGroup Us = new("US", ["ultrasound"]);

    private static SearchDocument Doc(string title, string summary, string body, string[]? headings = null) => new()
    {
        Url = "/articles/a/",
        Title = title,
        Date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Summary = summary,
        Headings = [.. headings ?? []],
        Body = body,
        Diseases = [All, Sjogren],
        Drugs = [SearchAliasGroup.FromDrug("blinatumomab (Blincyto)"), SearchAliasGroup.FromDrug("agalsidase-beta")],
        Abbreviations = [Us],
        Symptoms = ["Dry eyes", "fatigue"],
        Tags = ["Research", "ALL"],
        Authors = ["Ann Author", "Zoë Ångström"],
    };

    private static readonly SearchDocument[] Documents =
    [
        Doc("Babies with ALL do better", "A new drug.", "Acute lymphoblastic leukemia, or all, responds to Blincyto."),
        Doc("Outcomes in acute lymphoblastic", "leukemia trials", "The name runs across the title and the summary."),
        Doc("Sjo\u0308gren SYNDROME", "SJÖGREN syndrome in the US", "An ultrasound (US) helps; us and Us do not.",
            ["What is Sjogren's syndrome?", "Blinatumomab", "acute"]),
        Doc("all ALL All", "", "lymphocytic leukemia ALL ACUTE LYMPHOCYTIC LEUKEMIA agalsidase beta AGALSIDASE-BETA", ["leukemia"]),
        Doc("東京 café 𝐀𝐁", "Ⅻ² naïve", "e\u0301\u0345x B12 CD19+ children’s"),
    ];

    public static TheoryData<int> DocumentNumbers => [.. Enumerable.Range(0, Documents.Length)];

    [Theory]
    [MemberData(nameof(DocumentNumbers))]
    public void Should_Count_The_Terms_The_First_Definition_Counts_Field_By_Field(int number)
    {
        // Given
        var doc = Documents[number];
        var aliases = SearchAliases.For([All], [doc], previous: null);

        // When
        var terms = DocumentTerms.Of(doc, aliases);

        // Then
        var (counts, lengths) = RegexSearchText.FieldTerms(doc, aliases);
        terms.Lengths.ShouldBe(lengths);
        foreach (var field in Enum.GetValues<SearchField>())
        {
            terms.CountsOf(field).ToArray().Select(c => KeyValuePair.Create(terms.Terms[c.Term], c.Count))
                .ShouldBe(counts[(int)field], field.ToString());
        }
        terms.Terms.ShouldBe(counts.SelectMany(c => c.Select(p => p.Key)).Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Give_The_Same_Terms_With_A_Tokenizer_Reused_Across_Documents()
    {
        var docs = Documents.ToList();
        var aliases = SearchAliases.For([All], docs, previous: null);
        var tokenizer = new DocumentTokenizer(aliases);

        foreach (var doc in docs.Concat(docs))
        {
            var reused = tokenizer.Tokenize(doc);
            var fresh = DocumentTerms.Of(doc, aliases);
            reused.Lengths.ShouldBe(fresh.Lengths);
            reused.Terms.ShouldBe(fresh.Terms);
            reused.Counts.ShouldBe(fresh.Counts);
        }
    }

    [Fact]
    public void Should_Find_Alias_Names_As_The_First_Definition_Does()
    {
        var doc = Documents[0];
        var aliases = SearchAliases.For([All], [doc], previous: null);
        var words = new List<Word>();
        var reader = new WordReader(aliases);
        var text = "Outcomes in acute lymphoblastic \n leukemia; ALL and all; the US; Blincyto";
        reader.Read(text, words);

        var names = new List<string>();
        AliasTable.NamesMentionedIn(words, [.. Enumerable.Range(0, words.Count)], [], names);

        names.ShouldBe(RegexSearchText.NamesMentionedIn(text, aliases.Groups));
        names.ShouldContain("ALL");
    }
}
