using RareNewsSite.Content;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Content;

public sealed class ReadabilityTests
{
    [Fact]
    public void Should_Score_A_Known_Sentence()
    {
        // 6 words, 1 sentence, 6 syllables: grade 0.39×6 + 11.8×1 − 15.59, ease 206.835 − 1.015×6 − 84.6×1
        var r = Readability.Of(["The cat sat on the mat."]);

        (r.Words, r.Sentences, r.Syllables).ShouldBe((6, 1, 6));
        r.Grade.ShouldBe(-1.45, 0.001);
        r.Ease.ShouldBe(116.145, 0.001);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("leukemia", 3)]
    [InlineData("immunotherapy", 6)]
    public void Should_Count_Syllables_By_Vowel_Groups(string word, int syllables) =>
        Readability.SyllablesIn(word).ShouldBe(syllables);
}
