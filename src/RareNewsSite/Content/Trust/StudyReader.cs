using System.Globalization;
using System.Text.RegularExpressions;
using RareNewsSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace RareNewsSite.Content.Trust;

/// <summary>
/// Reads <c>study: {design, phase, participants, comparison, comparison_group, registry}</c>. An unknown design or
/// comparison is an error with "did you mean" (RN0532); a phase, a number of participants or a registry number of the
/// wrong form is an error at the field (RN0533). A wrong field is left out; the rest of the box still shows.
/// </summary>
internal static partial class StudyReader
{
    private static readonly string[] Fields = ["design", "phase", "participants", "comparison", "comparison_group", "registry"];

    /// <summary>The study, or null when the article has none (or nothing valid in it).</summary>
    public static Study? Read(FrontMatter fm)
    {
        switch (fm.Node("study"))
        {
            case null:
                return null;
            case YamlMappingNode map:
                fm.WarnAboutUnknownFields(map, "study", Fields);
                var study = new Study
                {
                    Design = Known(fm, map, "design", StudyDesigns.Keys),
                    Phase = Phase(fm, map),
                    Participants = Participants(fm, map),
                    Comparison = Known(fm, map, "comparison", StudyComparisons.Keys),
                    ComparisonGroup = fm.Field(map, "comparison_group", "study"),
                    Registry = Registry(fm, map),
                };
                return study == new Study() ? null : study;
            case var other:
                fm.ErrorAt(other, DiagnosticIds.InvalidStudy,
                    "'study' describes the study the article reports on, such as {design: randomized-controlled-trial, participants: 120, comparison: placebo}");
                return null;
        }
    }

    private static string? Known(FrontMatter fm, YamlMappingNode map, string field, IReadOnlyList<string> keys)
    {
        if (fm.Field(map, field, "study") is not { } text)
        {
            return null;
        }
        var key = text.ToLowerInvariant().Replace(' ', '-');
        if (keys.Contains(key))
        {
            return key;
        }
        var hint = Suggestions.Closest(key, keys) is { } best ? $"did you mean '{best}'?" : $"use one of: {string.Join(", ", keys)}";
        fm.ErrorAt(FrontMatter.FieldNode(map, field)!, DiagnosticIds.UnknownStudyDesign, $"unknown 'study.{field}' '{text}'; {hint}");
        return null;
    }

    private static string? Phase(FrontMatter fm, YamlMappingNode map)
    {
        if (fm.Field(map, "phase", "study") is not { } text)
        {
            return null;
        }
        if (TrialPhases.Meanings.ContainsKey(text))
        {
            return text;
        }
        var hint = TrialPhases.Suggest(text) is { } meant ? $"; did you mean '{meant}'?" : "";
        fm.ErrorAt(FrontMatter.FieldNode(map, "phase")!, DiagnosticIds.InvalidStudy, $"'study.phase' must be {TrialPhases.Listed}, not \"{text}\"{hint}");
        return null;
    }

    private static int? Participants(FrontMatter fm, YamlMappingNode map)
    {
        if (fm.Field(map, "participants", "study") is not { } text)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            return count;
        }
        fm.ErrorAt(FrontMatter.FieldNode(map, "participants")!, DiagnosticIds.InvalidStudy,
            $"'study.participants' is how many people took part, a whole number such as 30, not \"{text}\"; describe the comparison group in 'study.comparison_group'");
        return null;
    }

    private static string? Registry(FrontMatter fm, YamlMappingNode map)
    {
        if (fm.Field(map, "registry", "study") is not { } text)
        {
            return null;
        }
        if (TrialNumbers.IsValid(text) || Isrctn().IsMatch(text))
        {
            return text;
        }
        var hint = TrialNumbers.Suggest(text) is { } meant ? $"; did you mean '{meant}'?" : "";
        fm.ErrorAt(FrontMatter.FieldNode(map, "registry")!, DiagnosticIds.InvalidStudy,
            $"'study.registry' must be a ClinicalTrials.gov number (NCT and eight digits) or an ISRCTN number (ISRCTN and eight digits), not \"{text}\"{hint}");
        return null;
    }

    /// <summary>The address of a registry number's record.</summary>
    public static string RegistryUrl(string registry) =>
        Isrctn().IsMatch(registry) ? "https://www.isrctn.com/" + registry : TrialNumbers.Url(registry);

    [GeneratedRegex(@"^ISRCTN\d{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex Isrctn();
}
