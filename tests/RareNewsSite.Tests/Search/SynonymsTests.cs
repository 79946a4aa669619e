using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Search;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Search;

public sealed class SynonymsTests
{
    [Fact]
    public void Should_Read_Groups_Of_Words_And_Phrases()
    {
        var diagnostics = new DiagnosticBag();

        var groups = SynonymsReader.Read("groups:\n  - [baby, infant, newborn]\n  - [blood cancer, leukemia]\n", diagnostics);

        diagnostics.ToArray().ShouldBeEmpty();
        groups.Count.ShouldBe(2);
        groups[0].All.ShouldBe(["baby", "infant", "newborn"]);
        groups[1].All.ShouldBe(["blood cancer", "leukemia"]);
    }

    [Fact]
    public void Should_Warn_At_An_Unknown_Key_An_Empty_Group_A_Group_Of_One_And_A_Word_In_Two_Groups()
    {
        var diagnostics = new DiagnosticBag();

        var groups = SynonymsReader.Read("""
            groups:
              - [baby, infant]
              - []
              - [kid]
              - [child, Infant]
            synonyms:
              - [a, b]
            """, diagnostics);

        groups.Select(g => g.Name).ShouldBe(["baby"]);
        diagnostics.ToArray().Select(d => d.ToString()).ShouldBe(
        [
            "input/data/synonyms.yml:3:5: warning RN0502: empty group",
            "input/data/synonyms.yml:4:5: warning RN0502: a group of one word ('kid') finds nothing more",
            "input/data/synonyms.yml:5:13: warning RN0502: 'Infant' is already in the group at line 2; a word belongs to one group",
            "input/data/synonyms.yml:5:5: warning RN0502: a group of one word ('child') finds nothing more",
            "input/data/synonyms.yml:6:1: warning RN0502: unknown key 'synonyms' (the file has only 'groups')",
        ], ignoreOrder: true);
    }

    [Theory]
    [InlineData("groups: [baby, infant]", "input/data/synonyms.yml:1:10: error RN0501: a group must be a list of words, such as '[baby, infant, newborn]'")]
    [InlineData("- [baby, infant]", "input/data/synonyms.yml:1:1: error RN0501: the file must be 'groups:' followed by a list of word groups, such as '- [baby, infant, newborn]'")]
    [InlineData("groups:\n  - [baby, {a: b}]", "input/data/synonyms.yml:2:12: error RN0501: a synonym must be a word or a phrase")]
    [InlineData(" : baby", "input/data/synonyms.yml:1:1: error RN0501: invalid YAML: a 'key: value' line here has no key before its ':'")]
    public void Should_Report_A_File_That_Is_Not_Groups_Of_Words_As_An_Error(string text, string expected)
    {
        var diagnostics = new DiagnosticBag();

        SynonymsReader.Read(text, diagnostics);

        diagnostics.ToArray().Select(d => d.ToString()).ShouldContain(expected);
    }

    [Fact]
    public void Should_Find_A_Page_By_Any_Word_Of_Its_Synonym_Group_When_The_Site_Is_Built()
    {
        // Given: an article that says "babies" and a synonyms file that groups baby, infant and newborn
        var site = TestSite.FromText("""
            -- input/data/synonyms.yml --
            groups:
              - [baby, infant, newborn]
              - [unused]
            -- input/authors/a.md --
            ---
            name: Ann Author
            ---
            Bio.
            -- input/articles/a.md --
            ---
            title: Care for babies
            date: 2026-01-02
            author: a
            summary: Plain words.
            ---
            Most babies do well.
            """);

        // When
        var built = site.Build(new BuildOptions { Clock = TestClock.Default });

        // Then: the page is indexed under the other words of the group, and the file's problem is reported at its line
        built.Result.Succeeded.ShouldBeTrue();
        built.File("search/t/in.json").ShouldContain("\"infant\":");
        built.File("search/t/ne.json").ShouldContain("\"newborn\":");
        built.Diagnostics.ShouldContain("input/data/synonyms.yml:3:5: warning RN0502: a group of one word ('unused') finds nothing more");
    }

    [Fact]
    public void Should_Fail_The_Build_With_A_Broken_Synonyms_File()
    {
        var site = TestSite.FromText("""
            -- input/data/synonyms.yml --
            groups:
              - [baby, infant
            -- input/authors/a.md --
            ---
            name: Ann Author
            ---
            Bio.
            """);

        var built = site.Build(new BuildOptions { Clock = TestClock.Default });

        built.Result.Succeeded.ShouldBeFalse();
        built.Diagnostics.ShouldContain(d => d.StartsWith("input/data/synonyms.yml:", StringComparison.Ordinal) && d.Contains("error RN0501", StringComparison.Ordinal));
    }
}
