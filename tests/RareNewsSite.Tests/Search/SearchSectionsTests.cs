using System.Text.Json;
using System.Text.RegularExpressions;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Search;

/// <summary>
/// Sections as results: each result fragment lists its headings (<c>"h"</c>: start and length in the text <c>"x"</c>,
/// and the id the article page gives the heading), for the browser to point results into the article.
/// </summary>
public sealed partial class SearchSectionsTests
{
    [Fact]
    public void Should_List_Each_Heading_With_Its_Place_In_The_Text_And_The_Id_Of_The_Page()
    {
        // A letter outside the Basic Multilingual Plane (two UTF-16 units) and accents come before the headings, so
        // a start counted in anything but UTF-16 units would be off; a long last section runs past the text the
        // fragment keeps (8,000 characters), so its heading after that is left out.
        var filler = string.Join(' ', Enumerable.Repeat("Word after word in a long section.", 260));
        var site = TestSite.FromText($$"""
            -- input/authors/a.md --
            ---
            name: Ann Author
            ---
            Bio.
            -- input/articles/news.md --
            ---
            title: News
            date: 2026-01-02
            author: a
            summary: Out now.
            ---
            Intro about 𝒜 and the Máxima centre.

            ## What the study *found*

            Babies did better.

            ### Side effects, in detail

            Fewer of them.

            ## What the study found

            The same words again give another id.

            ## Much later

            {{filler}}

            ## Beyond the kept text

            Never reached.
            """);

        var built = site.Build().ShouldSucceed();

        var fragment = JsonDocument.Parse(built.File("search/p/0.json")).RootElement;
        var text = fragment.GetProperty("x").GetString()!;
        var sections = fragment.GetProperty("h").EnumerateArray()
            .Select(h => (Title: text.Substring(h[0].GetInt32(), h[1].GetInt32()), Id: h[2].GetString()!))
            .ToList();
        sections.ShouldBe(
        [
            ("What the study found", "what-the-study-found"),
            ("Side effects, in detail", "side-effects-in-detail"),
            ("What the study found", "what-the-study-found-1"),
            ("Much later", "much-later"),
        ]);
        // Every id is one the article page gives that heading.
        var page = built.File("articles/news/index.html");
        var ids = HeadingIds().Matches(page).Select(m => m.Groups[1].Value).ToList();
        sections.ForEach(s => ids.ShouldContain(s.Id));
        text.ShouldNotContain("Never reached");
    }

    [Fact]
    public void Should_Write_No_Headings_For_An_Article_Without_Any()
    {
        var site = TestSite.FromText("""
            -- input/authors/a.md --
            ---
            name: Ann Author
            ---
            Bio.
            -- input/articles/news.md --
            ---
            title: News
            date: 2026-01-02
            author: a
            summary: Out now.
            ---
            Only a paragraph.
            """);

        var built = site.Build().ShouldSucceed();

        JsonDocument.Parse(built.File("search/p/0.json")).RootElement.TryGetProperty("h", out _).ShouldBeFalse();
    }

    [GeneratedRegex("<h[2-6] id=\"([^\"]+)\"")]
    private static partial Regex HeadingIds();
}
