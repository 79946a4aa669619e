using RareNewsSite.Content.Trust;

namespace RareNewsSite.Site.Views;

/// <summary>
/// The "About this study" box in plain language: what kind of study, which phase, how many people, compared with what,
/// and what each of those means for how sure anyone can be. Every text is plain (the template escapes it).
/// </summary>
public sealed record StudyView
{
    /// <summary>Below this many participants the box says that the study is small and why that matters.</summary>
    public const int SmallStudy = 100;

    /// <summary>The design's plain name ("A randomised controlled trial"), or null.</summary>
    public string? DesignName { get; init; }
    /// <summary>What the design means for the evidence, or null.</summary>
    public string? DesignMeaning { get; init; }
    /// <summary>The trial phase as written, or null.</summary>
    public string? Phase { get; init; }
    /// <summary>What the phase is for, or null.</summary>
    public string? PhaseMeaning { get; init; }
    /// <summary>How many people took part, or null.</summary>
    public int? Participants { get; init; }
    /// <summary>Why a small study needs care, when it is small; else null.</summary>
    public string? SizeMeaning { get; init; }
    /// <summary>Who the participants were compared with: the editor's words, else the comparison's plain name; or null.</summary>
    public string? ComparedWith { get; init; }
    /// <summary>What the comparison means for how sure anyone can be, or null.</summary>
    public string? ComparisonMeaning { get; init; }
    /// <summary>The registry record: the number and its address, or null.</summary>
    public LinkView? Registry { get; init; }

    /// <summary>The box of a study.</summary>
    public static StudyView Of(Study study)
    {
        var design = study.Design is { } d ? StudyDesigns.All[d] : null;
        var comparison = study.Comparison is { } c ? StudyComparisons.All[c] : null;
        return new StudyView
        {
            DesignName = design?.Name,
            DesignMeaning = design?.Meaning,
            Phase = study.Phase,
            PhaseMeaning = study.Phase is { } p ? TrialPhases.Meanings[p] : null,
            Participants = study.Participants,
            SizeMeaning = study.Participants is < SmallStudy
                ? "This is a small study. In a small study, chance alone can make a difference look bigger or smaller than it really is, so larger studies are needed to be sure."
                : null,
            ComparedWith = study.ComparisonGroup ?? (comparison is null ? null : char.ToUpperInvariant(comparison.Name[0]) + comparison.Name[1..]),
            ComparisonMeaning = comparison?.Meaning,
            Registry = study.Registry is { } r ? new LinkView(r, StudyReader.RegistryUrl(r)) : null,
        };
    }
}
