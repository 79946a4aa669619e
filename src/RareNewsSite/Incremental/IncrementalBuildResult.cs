using RareNewsSite.Engine;
using RareNewsSite.Site;

namespace RareNewsSite.Incremental;

/// <summary>What one preview build did: the usual result, the output files it changed, and how many pages it rendered or reused.</summary>
public sealed record IncrementalBuildResult(
    BuildResult Result, IReadOnlyList<string> Written, IReadOnlyList<string> Deleted, int Rendered, int Reused,
    IReadOnlyList<Document> Documents);
