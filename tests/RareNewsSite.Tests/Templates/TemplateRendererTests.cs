using RareNewsSite.Diagnostics;
using RareNewsSite.IO;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;
using RareNewsSite.Tests.Infrastructure;
using Scriban.Runtime;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Templates;

public sealed class TemplateRendererTests
{
    private static readonly TemplateSite Site = new(new LinkBuilder("/", "", true), new Dictionary<string, string>());

    private static (string? Html, IReadOnlyList<string> Diagnostics) Render(string layout, string? partial = null, ScriptObject? model = null)
    {
        var files = new InMemoryFileSystem()
            .Add("theme/layouts/base.sbn-html", "[{{ content }}]")
            .Add("theme/layouts/t.sbn-html", layout);
        if (partial is not null)
        {
            files.Add("theme/partials/p.sbn-html", partial);
        }
        var diagnostics = new DiagnosticBag();
        var html = TemplateRenderer.Load(files, diagnostics).RenderPage("t", model ?? [], Site, diagnostics) is { } page ? System.Text.Encoding.UTF8.GetString(page) : null;
        return (html, diagnostics.ToSortedList().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Should_Escape_Strings_Written_By_Output_Statements()
    {
        var (html, _) = Render("<p title=\"{{ v }}\">{{ v }}</p>", model: new ScriptObject { ["v"] = "<script>\"&'" });
        html.ShouldBe("[<p title=\"&lt;script&gt;&quot;&amp;&#39;\">&lt;script&gt;&quot;&amp;&#39;</p>]");
    }

    [Fact]
    public void Should_Escape_Every_Text_As_WebUtility_Does()
    {
        // Given texts with Latin-1 letters, characters outside the first plane, lone surrogates, numbers, and random mixes
        var random = new Random(7);
        var alphabet = "ab <>&\"'\u00a0é\u00ff\u0100–\ud83d\ude00\ud800\udc00";
        string[] texts =
        [
            "Café – naïve <b>", "\ud83d\ude00 and \ud83d alone, \ude00 alone", "ends high \ud83d", "", "plain",
            .. Enumerable.Range(0, 200).Select(_ => new string([.. Enumerable.Range(0, random.Next(12)).Select(_ => alphabet[random.Next(alphabet.Length)])])),
        ];
        var model = new ScriptObject { ["texts"] = texts, ["n"] = 1234.5, ["b"] = true };

        // When a layout prints each of them, and values that are not strings
        var (html, _) = Render("{{ for t in texts }}{{ t }}|{{ end }}{{ n }}|{{ b }}", model: model);

        // Then each is what WebUtility.HtmlEncode makes of it
        var expected = string.Concat(texts.Select(t => System.Net.WebUtility.HtmlEncode(t) + "|")) + "1234.5|true";
        html.ShouldBe("[" + expected + "]");
    }

    [Fact]
    public void Should_Escape_Once_Through_Pipes_And_Functions()
    {
        var (html, _) = Render("{{ v | string.upcase }}", model: new ScriptObject { ["v"] = "a<b" });
        html.ShouldBe("[A&lt;B]");
    }

    [Fact]
    public void Should_Pass_RawHtml_And_Partials_Through_Unescaped()
    {
        var (html, _) = Render("{{ body }}{{ include 'p' }}", "<em>{{ v }}</em>",
            new ScriptObject { ["body"] = new RawHtml("<b>x</b>"), ["v"] = "<i>" });
        html.ShouldBe("[<b>x</b><em>&lt;i&gt;</em>]");
    }

    [Fact]
    public void Should_Give_A_Partial_Used_As_A_Value_Back_Unescaped_And_Write_It_Only_Where_Printed()
    {
        var (html, _) = Render("a{{ x = include 'p' }}b{{ x }}{{ include 'p' }}", "<em>{{ v }}</em>", new ScriptObject { ["v"] = "<i>" });
        html.ShouldBe("[ab<em>&lt;i&gt;</em><em>&lt;i&gt;</em>]");
    }

    [Fact]
    public void Should_Read_View_Members_By_Snake_Case_Name_And_Refuse_To_Change_Them()
    {
        var tag = new TagView("gene-therapy", "Gene therapy", "/tags/gene-therapy/");
        var (html, _) = Render("{{ tag.name }} {{ tag.url }}", model: new ScriptObject { ["tag"] = tag });
        html.ShouldBe("[Gene therapy /tags/gene-therapy/]");

        var (changed, diagnostics) = Render("{{ tag.name = 'x' }}", model: new ScriptObject { ["tag"] = tag });
        changed.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().ShouldContain("error RN0302");
        tag.Name.ShouldBe("Gene therapy");
    }

    [Fact]
    public void Should_Report_Syntax_Errors_With_Theme_Path_And_Position()
    {
        var (html, diagnostics) = Render("line one\n{{ if x }");
        html.ShouldBeNull();
        diagnostics.ShouldContain(d => d.StartsWith("theme/layouts/t.sbn-html:2:", StringComparison.Ordinal) && d.Contains("error RN0301", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Report_Unknown_Members_As_Runtime_Errors()
    {
        var (html, diagnostics) = Render("ok\n  {{ page.autor }}", model: new ScriptObject { ["page"] = new ScriptObject { ["author"] = "a" } });
        html.ShouldBeNull();
        diagnostics.Count.ShouldBe(1);
        diagnostics[0].ShouldStartWith("theme/layouts/t.sbn-html:2:");
        diagnostics[0].ShouldContain("error RN0302");
    }

    [Fact]
    public void Should_Report_A_Missing_Partial_Where_It_Is_Included()
    {
        var (_, diagnostics) = Render("{{ include 'nope' }}");
        diagnostics.ShouldBe(["theme/layouts/t.sbn-html:1:4: error RN0302: the theme has no partial 'partials/nope.sbn-html'"]);
    }

    [Fact]
    public void Should_Report_Template_Errors_When_A_Site_Is_Built()
    {
        var site = TestSite.FromText("""
            -- input/pages/about.md --
            ---
            title: About
            ---
            Hi
            """);
        site.Files.Add("theme/layouts/page.sbn-html", "<h1>{{ page.titel }}</h1>");
        var built = site.Build();
        built.Result.Succeeded.ShouldBeFalse();
        built.Diagnostics.ShouldContain(d => d.StartsWith("theme/layouts/page.sbn-html:1:", StringComparison.Ordinal) && d.Contains("RN0302", StringComparison.Ordinal));
    }
}
