using RareNewsSite.Site.Views;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Templates;

/// <summary>
/// Rendered HTML is kept as UTF-8 to halve what every article's body costs while it waits for its page; it must still
/// read back as the very text it was made from, and compare by that text (the preview's cache asks whether a value is
/// the same as the last build's).
/// </summary>
public sealed class RawHtmlTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<p>Blinatumomab helped 93% of infants.</p>")]
    [InlineData("<p>Ärzte in Kraków, 東京 and São Paulo: β-thalassemia 🧬</p>")]
    public void Should_Read_Back_The_Text_It_Was_Made_From(string html)
    {
        var raw = new RawHtml(html);

        raw.Html.ShouldBe(html);
        raw.ToString().ShouldBe(html);
    }

    [Fact]
    public void Should_Equal_Another_Made_From_The_Same_Text_And_Not_One_From_Another()
    {
        var one = new RawHtml("<p>Same</p>");
        var same = new RawHtml(string.Concat("<p>", "Same</p>"));
        var other = new RawHtml("<p>Other</p>");

        one.ShouldBe(same);
        one.GetHashCode().ShouldBe(same.GetHashCode());
        one.ShouldNotBe(other);
        one.Equals(null).ShouldBeFalse();
        new RawHtml("").ShouldBe(RawHtml.Empty);
    }
}
