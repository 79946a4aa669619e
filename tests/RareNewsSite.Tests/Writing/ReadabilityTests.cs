using System.Globalization;
using Markdig.Syntax;
using RareNewsSite.Building;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Markdown;
using RareNewsSite.Preview;
using RareNewsSite.Site;
using RareNewsSite.Tests.Infrastructure;
using RareNewsSite.Writing;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Writing;

public sealed class ReadabilityTests
{
    // 10 words, 49 syllables: grade 0.39×10 + 11.8×4.9 − 15.59 = 46.13.
    private const string Hard =
        "Comprehensive multidisciplinary consultation facilitates individualized therapeutic decision-making regarding immunotherapeutic interventions. ";

    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create(allowRawHtml: false);

    private static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    private static IReadOnlyList<Diagnostic> Check(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        Readability.Check(Parse(markdown), "input/articles/a.md", diagnostics);
        return diagnostics.ToSortedList();
    }

    [Fact]
    public void Should_Score_A_Known_Sentence()
    {
        // 6 words, 1 sentence, 6 syllables: grade 0.39×6 + 11.8×1 − 15.59, ease 206.835 − 1.015×6 − 84.6×1
        var r = Readability.Of(["The cat sat on the mat."]);

        (r.Words, r.Sentences, r.Syllables).ShouldBe((6, 1, 6));
        r.Grade.ShouldBe(-1.45, 0.001);
        r.Ease.ShouldBe(116.145, 0.001);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("are", 1)]
    [InlineData("ago", 2)]
    [InlineData("leukemia", 3)]
    [InlineData("immunotherapy", 6)]
    [InlineData("life-threatening", 4)]
    [InlineData("93", 1)]
    public void Should_Count_Syllables_By_Vowel_Groups(string word, int syllables) =>
        Readability.SyllablesIn(word).ShouldBe(syllables);

    [Theory]
    [InlineData("Sjögren’s syndrome affects 4,000 people.", 5)]
    [InlineData("A follow-up after 2.5 years doesn't show COVID-19.", 8)]
    [InlineData("Survival was 93% (n=30).", 5)]
    public void Should_Count_Words_Figures_And_Hyphenated_Words_As_One(string text, int words) =>
        Readability.Of([text]).Words.ShouldBe(words);

    [Theory]
    [InlineData("One. Two! Three?", 3)]
    [InlineData("She said \"stop.\" Then she left.", 2)]
    [InlineData("A sentence (with a note.) Another one", 2)]
    [InlineData("Symptoms include", 1)]
    public void Should_End_Sentences_At_Stops_And_At_The_End_Of_A_Paragraph(string text, int sentences) =>
        Readability.Of([text]).Sentences.ShouldBe(sentences);

    [Fact]
    public void Should_Measure_Only_Top_Level_Paragraphs()
    {
        var document = Parse($"""
            The cat sat on the mat.

            - {Hard}

            | {Hard} |
            |---|
            | {Hard} |

            ::: note
            {Hard}
            :::

            > {Hard}

            ```
            {Hard}
            ```

            ## {Hard}

            Footnote[^1]

            [^1]: {Hard}
            """);

        var r = Readability.Of(document);

        (r.Words, r.Sentences, r.Syllables).ShouldBe((7, 2, 8));
    }

    [Fact]
    public void Should_List_Sentences_Over_25_Words()
    {
        var longOne = string.Join(' ', Enumerable.Repeat("word", 26)) + ".";

        var r = Readability.Of([$"Short one. {longOne} Another short one."]);

        r.LongSentences.ShouldBe([longOne]);
    }

    [Fact]
    public void Should_Warn_With_The_Grade_At_The_First_Paragraph()
    {
        Check("# Title\n\n" + string.Concat(Enumerable.Repeat(Hard, 5)))
            .Select(d => d.ToString())
            .ShouldBe(["input/articles/a.md:3:1: warning RN0210: the text reads at grade 46.1 (Flesch–Kincaid); aim for 8 or lower: shorter sentences, plainer words"]);
    }

    [Fact]
    public void Should_Not_Judge_Fewer_Than_50_Words()
    {
        var text = string.Concat(Enumerable.Repeat(Hard, 4)); // 40 words

        Readability.Of([text]).AboveTarget.ShouldBeFalse();
        Check(text).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Not_Warn_At_Or_Below_Grade_8()
    {
        var text = string.Concat(Enumerable.Repeat("The cat sat on the mat. ", 10));

        Readability.Of([text]).AboveTarget.ShouldBeFalse();
        Check(text).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Give_The_Editor_Panel_And_The_Check_The_Same_Grade()
    {
        // Given an article whose hard prose sits beside easy text in a list, a callout and a quote
        var site = TestSite.FromText($$"""
            -- input/authors/a.md --
            ---
            name: Ann
            ---
            Bio.
            -- input/articles/hard.md --
            ---
            title: Hard
            date: 2026-01-01
            author: a
            summary: S
            ---
            {{string.Concat(Enumerable.Repeat(Hard, 5))}}

            The cat sat on the mat. It was 93% asleep, a well-known state

            - The dog ran.

            ::: note
            The sun is up. We go out.
            :::

            > It is a nice day.
            """);

        // When the preview measures it for the editor panel, and check (a build with editorial checks) judges it
        using var session = new PreviewSession(site.Files, new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
        (await session.RebuildAsync(null)).Result.Succeeded.ShouldBeTrue();
        await session.Remembered; // the first build let its syntax trees go; the panel is measured from the next
        var panel = session.State.EditorFor("articles/hard/index.html")!;
        var check = site.Build(new BuildOptions { Clock = TestClock.Default, EditorialChecks = true }).Diagnostics;

        // Then both give the same grade
        var grade = panel.Readability.Grade.ToString("0.0", CultureInfo.InvariantCulture);
        panel.Warnings.ShouldContain($"reading grade {grade} is above 8: use shorter sentences and shorter words");
        check.ShouldContain($"input/articles/hard.md:7:1: warning RN0210: the text reads at grade {grade} (Flesch–Kincaid); aim for 8 or lower: shorter sentences, plainer words");
    }
}
