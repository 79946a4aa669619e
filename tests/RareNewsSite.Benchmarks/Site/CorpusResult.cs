namespace RareNewsSite.Benchmarks.Site;

/// <summary>Everything measured on one corpus size.</summary>
internal sealed record CorpusResult(int Articles, int Diseases, int Authors, int Tags, long InputBytes, int AverageWords, ToolResult Ours, ToolResult? Hugo, string OurSummary,
    IReadOnlyList<ToolResult> Variants);
