namespace RareNewsSite.Benchmarks.Corpus;

/// <summary>A whole generated site's content, kept structured so it can be written for our engine and for Hugo.</summary>
internal sealed record GeneratedCorpus(
    IReadOnlyList<GeneratedArticle> Articles,
    IReadOnlyList<GeneratedAuthor> Authors,
    IReadOnlyList<GeneratedDisease> Diseases,
    int TagCount);
