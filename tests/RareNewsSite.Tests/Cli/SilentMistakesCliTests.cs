using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

/// <summary>
/// The mistakes of issue #14 that <c>check</c> used to pass with "0 errors, 0 warnings", made in a copy of the
/// example site and checked through the command line: each is one line with its position.
/// </summary>
public sealed class SilentMistakesCliTests
{
    // Regression: issue #14.
    [Fact]
    public async Task Should_Report_Every_Silent_Mistake_With_Its_Position()
    {
        // Given
        using var site = new ExampleSiteCopy();
        var summary = string.Join(' ', Enumerable.Repeat("Families told us how long it took to get a diagnosis, and what helped.", 9));
        site.Write("input/articles/2026/pompe-priority.md", $"""
            ---
            title: Pompe disease #1 priority for families
            date: 2026-01-05
            author: jessica-lynn
            summary: {summary}
            image: https://example.org/lead.jpg
            image_alt:
            ---
            Read [the trial](/articles/dmd-gene-therapy-trial-enrol/) and [the Fabry story](fabry-disease-diagnosis-delays.md#why-its-missed).

            ::: note
            This article is news, not medical advice.

            ## What families said

            Text[^1].

            [^1]: A survey.

            """);

        // When
        var run = await CliRun.RunAsync("check", "-r", site.Root);

        // Then
        run.ExitCode.ShouldBe(1, run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("input/articles/2026/", StringComparison.Ordinal)).ToList();
        lines.ShouldBe([
            "input/articles/2026/pompe-priority.md:2:22: error RN0112: 'title' stops before ' #': YAML reads the rest of the line as a comment, so the page would show \"Pompe disease\"; put the value in quotes: title: \"Pompe disease #1 priority for families\"",
            $"input/articles/2026/pompe-priority.md:5:1: warning RN0114: 'summary' is {summary.Length} characters; it is the meta description search results show (about 160) and the text of every list, so keep it to one or two sentences under 300",
            "input/articles/2026/pompe-priority.md:7:1: error RN0109: 'image_alt' has no value; describe the image, or write image_alt: \"\" if it is purely decorative",
            "input/articles/2026/pompe-priority.md:9:6: error RN0201: link target '/articles/dmd-gene-therapy-trial-enrol/' is not a page of this site; did you mean '/articles/dmd-gene-therapy-trial-enrolls/'?",
            "input/articles/2026/pompe-priority.md:9:63: error RN0201: link target 'fabry-disease-diagnosis-delays.md' is not an article or page of this site; did you mean '../fabry-disease-diagnosis-delays.md'? A link is relative to the folder of the file it is in (input/articles/2026/), so '../' goes up one folder",
            "input/articles/2026/pompe-priority.md:11:1: error RN0211: '::: note' is never closed, so everything after it would be inside it; end it with a line of three colons ':::'",
        ], ignoreOrder: true);
        run.Out.ShouldContain("Checked: 5 errors, ");
    }
}
