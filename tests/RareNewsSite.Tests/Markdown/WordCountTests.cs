using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using RareNewsSite.Markdown;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Markdown;

/// <summary>
/// The reading time counts words as <c>\w+(['’-]\w+)*</c> matches in the body's text. The count walks the syntax tree
/// instead of matching a copy of the text; these tests hold it to that pattern.
/// </summary>
public sealed partial class WordCountTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create(allowRawHtml: false);

    [GeneratedRegex(@"\w+(['’-]\w+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\w$")]
    private static partial Regex WordChar();

    [Fact]
    public void Should_Take_The_Same_Characters_For_Words_As_Regular_Expressions_Do()
    {
        var differ = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => Words.IsWordChar(c) != WordChar().IsMatch(c.ToString())).Select(c => $"U+{(int)c:X4}").Take(10).ToList();

        differ.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Long-term data from the patient's registry.", 6)]
    [InlineData("a--b c-'d e- -f _g_ 3.5%", 9)]
    [InlineData("**Bold**text and `code` and [a link](/x/) and ![alt](/i.png)", 8)]
    [InlineData("# Heading\n\nOne paragraph.\n\n- item one\n- item two\n\n| A | B |\n|---|---|\n| 1 | 2 |", 11)]
    [InlineData("Naïve café — Größe 12×3", 5)]
    public void Should_Count_Words_In_The_Text_Of_A_Body(string markdown, int words)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);

        InlineText.CountWords(document).ShouldBe(words);
        InlineText.CountWords(document).ShouldBe(WordPattern().Count(InlineText.OfBlock(document)));
    }

    [Fact]
    public void Should_Count_As_Many_Words_As_The_Pattern_Finds_In_Random_Bodies()
    {
        var random = new Random(7);
        string[] pieces = ["word", "it's", "it’s", "x-ray", "-", "'", "’", " ", "\n\n", "**b**", "_i_", "`c`", "9", "é", "\u0301", "日本", "\u200D", "_", "--", "a\\\nb", "[l](/l/)", "&amp;", "<br>"];
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 30); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            var document = Markdig.Markdown.Parse(text.ToString(), Pipeline);

            InlineText.CountWords(document).ShouldBe(WordPattern().Count(InlineText.OfBlock(document)), text.ToString());
        }
    }
}
