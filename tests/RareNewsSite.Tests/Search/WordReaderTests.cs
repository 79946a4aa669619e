using System.Text;
using RareNewsSite.Search;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Search;

/// <summary>The fast word reader against the rule's first definition, <see cref="RegexSearchText"/>.</summary>
public sealed class WordReaderTests
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "all", "us" };

    // One reader for many texts, as a build uses it: a word seen before must not carry over how it was written.
    private readonly WordReader _reader = new(Abbreviations, table: null);

    public static TheoryData<string> TrickyTexts =>
    [
        "",
        "  \n\t ",
        "Café crème brûlée, naïve façade, Ångström",
        "Cafe\u0301 cre\u0300me bru\u0302le\u0301e",
        "\u212B angstrom sign, \u2126 ohm sign, \u00C5 and A\u030A",
        "ALL patients; all ALL-type cases; All of aLL; the ALL",
        "US and us and Us; the U.S. is not the UK",
        "It's children’s patients' ‘quoted’ “double”",
        "CD19+ CAR-T 2024 covid-19 COVID19 x1 B12 β2-microglobulin 3q29",
        "東京の病院で研究 中文字 한국어 텍스트",
        "𝐀𝐁𝐂 math bold, 𝒜bc, mixed 𝐀bc𝐁 word, \U0002F800 compatibility ideograph",
        "Ⅻ ² ³ ¼ ١٢٣ ৩ ＡＢＣ１２３ fullwidth",
        "ß straße STRASSE İstanbul ıi ǅemal ǈ",
        "e\u0301\u0345\u0316x and a\u0345\u0301b and \u0301leading mark and trailing\u0301",
        "\u0958 \u0915\u093C\u0903 \u0F73 \u0F40\u0F71\u0F72 \u0CC0",
        "x\u20DDy enclosing, \u1FED\u1FEE\u1FC1 symbols, \u226E \u2260 \u219A",
        "\u037E and \u0387 and \u0374 \u2000\u2001 spaces",
        "emoji 🎉 test 👩‍⚕️ doctor ✔️ done",
        "non-breaking\u00A0space em—dash en–dash … ellipsis zero\u200Bwidth soft\u00ADhyphen join\u200Der",
        "a b c I x y Z 1 2 é ü",
        "The and of to ALL US THE AND",
        "ΑΛΛ Ελληνικά ΣΊΣΥΦΟΣ ς σ Ѐ ё Й",
        "\uFB2A \uFB4E \uFAD1 \uF900 \u0344 \u0340",
        "Long " + string.Concat(Enumerable.Repeat("Pneumonoultramicroscopic", 12)) + " and " + string.Concat(Enumerable.Repeat("Ünïcödé", 40)) + " words",
    ];

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void Should_Read_The_Words_And_Terms_The_Regex_Definition_Reads(string text) => ShouldAgree(text);

    [Fact]
    public void Should_Agree_With_The_Regex_Definition_Around_Every_BMP_Character()
    {
        for (var code = 0x80; code <= char.MaxValue; code++)
        {
            if (!char.IsSurrogate((char)code))
            {
                var c = (char)code;
                ShouldAgree($"Ab{c}cd x{c}\u0301Y {c}{c}");
            }
        }
    }

    [Fact]
    public void Should_Agree_With_The_Regex_Definition_On_Random_Mixed_Text()
    {
        string[] pieces =
        [
            "a", "B", "z", "Q", "1", "0", " ", " ", "-", "'", ".", "é", "E\u0301", "\u0301", "\u0316", "\u0345", "\u0903", "\u20DD",
            "ß", "İ", "ı", "ǅ", "Å", "\u212B", "東", "한", "\u1100", "\u1161", "𝐀", "\U0002F800", "🎉", "’", "—", "\u00A0", "Ⅻ", "²",
            "\u0958", "\uFB2A", "\u0F73", "ALL", "all", "US", "the", "\u037E", "\u226E", "\u00AD",
        ];
        var random = new Random(20261130);
        for (var n = 0; n < 5_000; n++)
        {
            var text = new StringBuilder();
            for (var length = random.Next(1, 16); length > 0; length--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            ShouldAgree(text.ToString());
        }
    }

    [Fact]
    public void Should_Throw_On_Text_That_Cannot_Be_Normalized_As_The_Regex_Definition_Does()
    {
        foreach (var text in new[] { "a\uD800b", "lone \uDC00", "x\uFFFEy" })
        {
            Should.Throw<ArgumentException>(() => RegexSearchText.Words(text).ToList());
            Should.Throw<ArgumentException>(() => _reader.Read(text, []));
        }
    }

    [Fact]
    public void Should_Make_One_String_For_Every_Occurrence_Of_A_Word()
    {
        var words = new List<Word>();
        _reader.Read("Gene therapy; GENE therapy", words);
        _reader.Read("gene", words);

        words.Select(w => w.Interned).Distinct().Count().ShouldBe(2);
        words[0].Interned.ShouldBeSameAs(words[4].Interned);
        words.Select(w => w.HasLowerCase).ShouldBe([true, true, false, true, true]);
    }

    private void ShouldAgree(string text)
    {
        List<string> expected;
        try
        {
            expected = RegexSearchText.WordsWithCase(text).ToList();
        }
        catch (ArgumentException)
        {
            Should.Throw<ArgumentException>(() => _reader.Read(text, []), $"\"{Escaped(text)}\" cannot be normalized");
            return;
        }
        var words = new List<Word>();
        _reader.Read(text, words);
        words.Select(w => w.Interned.Text).ShouldBe(expected.Select(w => w.ToLowerInvariant()), $"words of \"{Escaped(text)}\"");
        words.Select(w => (w.HasLowerCase, w.HasLetter)).ShouldBe(expected.Select(w => (w.Any(char.IsLower), w.Any(char.IsLetter))), $"case of \"{Escaped(text)}\"");
        words.Where(w => w.IsTerm).Select(w => w.Interned.Text).ShouldBe(RegexSearchText.Terms(text, Abbreviations), $"terms of \"{Escaped(text)}\"");
    }

    private static string Escaped(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
