using System.Collections.Frozen;

namespace RareNewsSite.Content.Trust;

/// <summary>What <c>study.comparison</c> may name: what the treated people were compared with, and what that means for certainty.</summary>
public static class StudyComparisons
{
    /// <summary>A comparison: its key, a plain-language name, and what it means for how sure anyone can be.</summary>
    public sealed record Comparison(string Key, string Name, string Meaning);

    /// <summary>Every comparison, by key.</summary>
    public static readonly FrozenDictionary<string, Comparison> All = new Comparison[]
    {
        new("placebo", "a dummy treatment (placebo)",
            "Comparing with a placebo shows whether the treatment does more than taking something that has no effect."),
        new("usual-care", "the usual treatment",
            "Comparing with the usual treatment shows whether the new one adds something to the care people already get."),
        new("another-treatment", "another treatment",
            "Comparing two treatments shows which works better, not how either compares with no treatment."),
        new("historical-controls", "patients treated in earlier years",
            "The comparison group was treated at a different time, when other parts of care may have been different too. Part of the difference may come from those changes rather than the new treatment, so the result is less certain than in a trial where both groups were treated at the same time."),
        new("none", "no comparison group",
            "Without a comparison group, we cannot tell how these people would have done without the treatment."),
    }.ToFrozenDictionary(c => c.Key, StringComparer.Ordinal);

    /// <summary>The comparison keys in the order a README lists them.</summary>
    public static readonly IReadOnlyList<string> Keys = ["placebo", "usual-care", "another-treatment", "historical-controls", "none"];
}
