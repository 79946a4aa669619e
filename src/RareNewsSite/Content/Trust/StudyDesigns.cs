using System.Collections.Frozen;

namespace RareNewsSite.Content.Trust;

/// <summary>
/// The kinds of study <c>study.design</c> may name, each with a plain-language name and what it means for how sure
/// anyone can be of its result (after the NHS's "Behind the headlines" and HealthNewsReview's criteria).
/// </summary>
public static class StudyDesigns
{
    /// <summary>A design: its key, a plain-language name, and what kind of evidence it gives.</summary>
    public sealed record Design(string Key, string Name, string Meaning);

    /// <summary>Every design, by key.</summary>
    public static readonly FrozenDictionary<string, Design> All = new Design[]
    {
        new("randomized-controlled-trial", "A randomised controlled trial",
            "People were put into groups by chance, so the groups differ mainly in the treatment they got. This is the most reliable kind of single study for telling whether a treatment works."),
        new("controlled-trial", "A controlled trial that was not randomised",
            "A treated group was compared with another group, but people were not put into the groups by chance, so the groups may differ in other ways that affect the result."),
        new("single-group-trial", "A single-group trial",
            "Everyone in the study got the treatment. With no comparison group inside the study, it can show whether a treatment looks safe and promising, but not for certain that it works better than other care."),
        new("cohort-study", "An observational cohort study",
            "Researchers followed groups of people over time without choosing who got which treatment. It can show links, but not for certain that one thing caused another."),
        new("case-control-study", "A case-control study",
            "Researchers compared people who have a condition with people who do not, looking back at what might explain the difference. It can point to possible causes, but not prove them."),
        new("cross-sectional-study", "A cross-sectional study or survey",
            "Researchers looked at a group of people at one point in time. It describes how things are, but cannot show what causes what."),
        new("case-series", "A case series",
            "A description of a small number of patients who had the same treatment or condition. It can raise ideas for proper trials, but cannot show that a treatment works."),
        new("case-report", "A case report",
            "A description of one patient. It can alert doctors to something new, but tells us little about what will happen to other people."),
        new("systematic-review", "A systematic review",
            "Researchers gathered and weighed every good study on the question. It is usually stronger evidence than any one study, but only as good as the studies it includes."),
        new("meta-analysis", "A meta-analysis",
            "Researchers pooled the results of several studies to get one overall answer. It is usually stronger evidence than any one study, but only as good as the studies it combines."),
        new("laboratory-study", "A laboratory study",
            "The research was done on cells in a laboratory, not in people. Many results in the laboratory never lead to a treatment that works in people."),
        new("animal-study", "A study in animals",
            "The research was done in animals, not in people. Many treatments that work in animals do not work, or are not safe, in people."),
    }.ToFrozenDictionary(d => d.Key, StringComparer.Ordinal);

    /// <summary>The design keys in the order a README lists them.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "randomized-controlled-trial", "controlled-trial", "single-group-trial", "cohort-study", "case-control-study", "cross-sectional-study",
        "case-series", "case-report", "systematic-review", "meta-analysis", "laboratory-study", "animal-study",
    ];
}
