using RareNewsSite.Site.Views;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Templates;

/// <summary>
/// Rendered Markdown is kept as UTF-8 (<see cref="RawHtml.Compact"/>) to halve what every article's body costs while it
/// waits for its page; it must still read back as the very text it was made from, and compare by that text, whichever
/// way it is kept (the preview's cache asks whether a value is the same as the last build's).
/// </summary>
public sealed class RawHtmlTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<p>Blinatumomab helped 93% of infants.</p>")]
    [InlineData("<p>Ärzte in Kraków, 東京 and São Paulo: β-thalassemia 🧬</p>")]
    public void Should_Read_Back_The_Text_It_Was_Made_From(string html)
    {
        var compact = RawHtml.Compact(html);

        compact.Html.ShouldBe(html);
        compact.ToString().ShouldBe(html);
        compact.ShouldBe(new RawHtml(html));
        new RawHtml(html).ShouldBe(compact);
    }

    [Fact]
    public void Should_Make_From_A_Builder_What_It_Makes_From_Its_Text()
    {
        // A letter outside the first plane split between two chunks of the builder, a lone surrogate, and one chunk only
        string[][] cases = [["a\ud835", "\udc9cb"], ["x\ud835", "y", "\udc9c"], ["<p>caf\u00e9 \ud835\udc9c</p>"]];
        foreach (var pieces in cases)
        {
            // Given a builder whose chunks end where each piece ends
            var builder = new System.Text.StringBuilder(pieces[0].Length);
            foreach (var piece in pieces)
            {
                builder.Append(piece);
            }

            // When it is kept as UTF-8 from the builder; Then it is what the text makes
            RawHtml.CompactOf(builder).Utf8.ShouldBe(System.Text.Encoding.UTF8.GetBytes(builder.ToString()));
        }
    }

    [Fact]
    public void Should_Equal_Another_Made_From_The_Same_Text_And_Not_One_From_Another()
    {
        var one = RawHtml.Compact("<p>Same</p>");
        var same = RawHtml.Compact(string.Concat("<p>", "Same</p>"));
        var text = new RawHtml("<p>Same</p>");
        var other = RawHtml.Compact("<p>Other</p>");

        one.ShouldBe(same);
        one.GetHashCode().ShouldBe(same.GetHashCode());
        one.GetHashCode().ShouldBe(text.GetHashCode());
        one.ShouldNotBe(other);
        text.ShouldNotBe(other);
        one.Equals(null).ShouldBeFalse();
        RawHtml.Compact("").ShouldBe(RawHtml.Empty);
    }
}
