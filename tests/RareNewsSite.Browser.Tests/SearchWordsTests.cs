using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;
using RareNewsSite.Search;

namespace RareNewsSite.Browser.Tests;

/// <summary>
/// The browser's word rules (<c>theme/assets/search-words.js</c>, as the built site serves it) against the index
/// builder's: the same stems for the Snowball vocabulary in full, the same American spellings, the same words.
/// </summary>
[Collection(BrowserSite.Name)]
public sealed class SearchWordsTests(SiteFixture site)
{
    [BrowserFact]
    public async Task Should_Stem_Every_Word_Of_The_Snowball_Vocabulary_As_Snowball_Does()
    {
        var vocabulary = Vocabulary();
        await using var session = await site.OpenAsync("/search/");

        var stems = await RunAsync<string[]>(session.Page, "(m, words) => words.map(m.stem)", vocabulary.Select(p => p.Word).ToArray());

        var wrong = vocabulary.Where((p, i) => stems[i] != p.Stem).Select(p => $"{p.Word}: {stems[vocabulary.IndexOf(p)]}, expected {p.Stem}").ToList();
        stems.Length.ShouldBe(42_649);
        wrong.ShouldBeEmpty(string.Join('\n', wrong.Take(30)));
    }

    [BrowserFact]
    public async Task Should_Spell_Words_The_American_Way_As_The_Index_Does()
    {
        // Every rule's own spelling, with endings, and the vocabulary (words no rule should change as well as some it does).
        var samples = SpellingVariants.Fragments.SelectMany(r => new[] { r.British, r.British + "s", "x" + r.British + "ed", r.American })
            .Concat(SpellingVariants.Words.Keys)
            .Concat(SpellingVariants.Endings.SelectMany(e => new[] { "organ" + e.British, "ana" + e.British, "w" + e.British }))
            .Concat(["paediatric", "leukaemia", "anaemia", "haemophilia", "oesophagus", "tumours", "foetal", "organisation", "analysed", "catalogue"])
            .Concat(Vocabulary().Select(p => p.Word)).Distinct().ToArray();
        await using var session = await site.OpenAsync("/search/");

        var spelt = await RunAsync<string[]>(session.Page, "(m, words) => words.map(m.canonical)", samples);

        var wrong = samples.Where((w, i) => spelt[i] != SpellingVariants.Canonical(w)).Select(w => $"{w}: {spelt[Array.IndexOf(samples, w)]}, expected {SpellingVariants.Canonical(w)}").ToList();
        wrong.ShouldBeEmpty(string.Join('\n', wrong.Take(30)));
        SpellingVariants.Canonical("paediatric").ShouldBe("pediatric");
        SpellingVariants.Canonical("four").ShouldBe("four");
    }

    [BrowserTheory]
    [InlineData("Paediatric leukaemia, in Zürich")]
    [InlineData("CD19-directed T-cell engager")]
    [InlineData("𐐀𐐨𐐩 Deseret and 𝒜bc math letters")] // outside the Basic Multilingual Plane: letters on both sides
    [InlineData("ŝ̥ḯ combining, ﬁ ligature, ½ fraction, 🙂 emoji")]
    public async Task Should_Read_The_Same_Words_As_The_Index_Builder(string text)
    {
        await using var session = await site.OpenAsync("/search/");
        var expected = new List<Word>();
        new WordReader(new HashSet<string>(), table: null).Read(text, expected);

        var words = await RunAsync<string[]>(session.Page, "(m, text) => (m.fold(text).match(m.WORD) || []).map(m.canonical)", text);

        words.ShouldBe(expected.Select(w => w.Interned.Text).ToArray());
    }

    private static async Task<T> RunAsync<T>(IPage page, string function, object argument)
    {
        await page.WaitForFunctionAsync("document.querySelector('.search-form')?.dataset.words !== undefined");
        return await page.EvaluateAsync<T>($"async (argument) => {{ const m = await import(document.querySelector('.search-form').dataset.words); return ({function})(m, argument); }}", argument);
    }

    private static List<(string Word, string Stem)> Vocabulary()
    {
        using var file = File.OpenRead(Path.Combine(RepositoryRoot.Find(), "tests", "RareNewsSite.Tests", "Search", "Porter2", "english-voc-output.tsv.gz"));
        using var reader = new StreamReader(new GZipStream(file, CompressionMode.Decompress));
        var pairs = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            pairs.Add((line[..tab], line[(tab + 1)..]));
        }
        return pairs;
    }
}
