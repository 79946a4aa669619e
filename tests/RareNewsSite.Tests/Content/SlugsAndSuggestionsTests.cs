using RareNewsSite.Content;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Content;

public sealed class SlugsAndSuggestionsTests
{
    [Theory]
    [InlineData("Fabry disease: new hope", "fabry-disease-new-hope")]
    [InlineData("Sjögren's syndrome", "sjogren-s-syndrome")]
    [InlineData("  --ALL--  ", "all")]
    [InlineData("../etc/passwd", "etc-passwd")]
    public void Should_Make_Slugs_From_Text(string text, string slug) => Slugs.FromText(text).ShouldBe(slug);

    [Theory]
    [InlineData("blinatumomab-infant-all", true)]
    [InlineData("a/b", false)]
    [InlineData("..", false)]
    [InlineData("Upper", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("back\\slash", false)]
    public void Should_Validate_Slugs(string slug, bool valid) => Slugs.IsValid(slug).ShouldBe(valid);

    [Theory]
    [InlineData("jesica-lynn", "jessica-lynn")]
    [InlineData("tagz", "tags")]
    [InlineData("sumary", "summary")]
    [InlineData("completely-different", null)]
    public void Should_Suggest_Close_Names(string typo, string? expected) =>
        Suggestions.Closest(typo, ["jessica-lynn", "tags", "summary", "title"]).ShouldBe(expected);

    [Theory]
    [InlineData("pompe", "pompe-disease")]
    [InlineData("fabry", "fabry-disease")]
    [InlineData("lynn", "jessica-lynn")]
    [InlineData("dis", null)]
    [InlineData("ompe", null)]
    public void Should_Suggest_A_Key_That_Holds_The_Value_As_Whole_Words(string value, string? expected) =>
        RareNewsSite.Content.Suggestions.Closest(value, ["pompe-disease", "fabry-disease", "jessica-lynn", "disclaimer"]).ShouldBe(expected);
}
