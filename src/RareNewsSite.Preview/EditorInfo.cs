using System.Globalization;
using RareNewsSite.Building;
using RareNewsSite.Diagnostics;
using RareNewsSite.Writing;

namespace RareNewsSite.Preview;

/// <summary>The editor panel of one article page: readability of its prose, length, and its warnings.</summary>
public sealed record EditorInfo(string Source, Readability Readability, int Words, int ReadingMinutes, int LongSentences, IReadOnlyList<string> Warnings)
{
    /// <summary>The panel of an article page, with the build's warnings about its file and its evidence and review checks.</summary>
    public static EditorInfo Of(ArticleFacts facts, IReadOnlyList<Diagnostic> diagnostics)
    {
        var longSentences = facts.Readability.LongSentences.Count;
        // The build's own diagnostics, then what only `check` would say (evidence, overdue review), each once.
        return new EditorInfo(facts.Source, facts.Readability, facts.Words, facts.ReadingMinutes, longSentences,
            WarningsFor(facts.Source, facts.Readability, longSentences, diagnostics.Concat(facts.Checks).Distinct()));
    }

    /// <summary>The warnings an editor should see: the build's for this file, then plain-language ones.</summary>
    public static IReadOnlyList<string> WarningsFor(string source, Readability readability, int longSentences, IEnumerable<Diagnostic> diagnostics)
    {
        var warnings = diagnostics.Where(d => d.Span.Path == source).Select(d => d.ToString()).ToList();
        if (readability.AboveTarget)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"reading grade {readability.Grade:0.0} is above {Readability.TargetGrade:0}: use shorter sentences and shorter words"));
        }
        if (longSentences > 0)
        {
            warnings.Add($"{longSentences} sentence{(longSentences == 1 ? "" : "s")} over {Readability.LongSentenceWords} words");
        }
        return warnings;
    }
}
