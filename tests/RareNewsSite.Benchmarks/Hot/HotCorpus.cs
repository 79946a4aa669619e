using RareNewsSite.Benchmarks.Corpus;

namespace RareNewsSite.Benchmarks.Hot;

/// <summary>A few generated articles as file text, the same generator and seed as the whole-site benchmark.</summary>
internal static class HotCorpus
{
    public const int Size = 20;

    public static string[] ArticleTexts() =>
        [.. new CorpusGenerator().Generate(Size).Articles.Select(SiteFolderWriter.ArticleText)];
}
