using System.Collections.Immutable;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Preview;

/// <summary>What the preview serves: the last good site, the last build's diagnostics, and each article page's editor data.</summary>
public sealed record PreviewState(
    ImmutableDictionary<string, byte[]> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    ImmutableDictionary<string, EditorInfo> Articles,
    int Version)
{
    /// <summary>True when the last build failed: pages show the error overlay over the last good site.</summary>
    public bool Failed => Diagnostics.Any(d => d.IsError);

    /// <summary>Before the first build.</summary>
    public static PreviewState Empty { get; } = new(
        ImmutableDictionary<string, byte[]>.Empty, [], ImmutableDictionary<string, EditorInfo>.Empty, 0);
}
