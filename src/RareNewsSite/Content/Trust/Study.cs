namespace RareNewsSite.Content.Trust;

/// <summary>
/// The study an article reports on, as <c>study:</c> describes it: the kind of study (a key of
/// <see cref="StudyDesigns"/>), its trial phase, how many people took part, what it compared the treatment with (a key
/// of <see cref="StudyComparisons"/> and, in the editor's words, the group), and its registry number.
/// </summary>
public sealed record Study
{
    /// <summary>The design's key, such as <c>randomized-controlled-trial</c>, or null.</summary>
    public string? Design { get; init; }
    /// <summary>The trial phase as written (<c>1</c>, <c>2</c>, <c>3</c>, <c>4</c>, <c>1/2</c>, <c>2/3</c>), or null.</summary>
    public string? Phase { get; init; }
    /// <summary>How many people took part (in the treated group, when the comparison group is from elsewhere), or null.</summary>
    public int? Participants { get; init; }
    /// <summary>The comparison's key, such as <c>placebo</c> or <c>historical-controls</c>, or null.</summary>
    public string? Comparison { get; init; }
    /// <summary>Who the participants were compared with, in the editor's words, or null.</summary>
    public string? ComparisonGroup { get; init; }
    /// <summary>The trial's registry number (ClinicalTrials.gov or ISRCTN), or null.</summary>
    public string? Registry { get; init; }
}
