using System.IO.Compression;
using RareNewsSite.Search;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Search;

public sealed class EnglishStemmerTests
{
    /// <summary>The Snowball project's English vocabulary and expected stems (word, tab, stem), in full.</summary>
    public static List<(string Word, string Stem)> Vocabulary()
    {
        using var file = File.OpenRead(Path.Combine(RepoPaths.TestProject, "Search", "Porter2", "english-voc-output.tsv.gz"));
        using var reader = new StreamReader(new GZipStream(file, CompressionMode.Decompress));
        var pairs = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            pairs.Add((line[..tab], line[(tab + 1)..]));
        }
        return pairs;
    }

    [Fact]
    public void Should_Stem_Every_Word_Of_The_Snowball_Vocabulary_As_Snowball_Does()
    {
        var vocabulary = Vocabulary();

        var wrong = vocabulary.Where(p => EnglishStemmer.Stem(p.Word) != p.Stem).Select(p => $"{p.Word}: {EnglishStemmer.Stem(p.Word)}, expected {p.Stem}").ToList();

        vocabulary.Count.ShouldBe(42_649);
        wrong.ShouldBeEmpty(string.Join('\n', wrong.Take(30)));
    }

    [Theory]
    [InlineData("infants", "infant")]
    [InlineData("babies", "babi")]
    [InlineData("baby", "babi")]
    [InlineData("screened", "screen")]
    [InlineData("cd19", "cd19")]
    [InlineData("leucémie", "leucémie")]
    [InlineData("all", "all")]
    public void Should_Stem_English_Words_And_Keep_Other_Words(string word, string stem) =>
        EnglishStemmer.Stem(word).ShouldBe(stem);
}
