using RareNewsSite.Diagnostics;
using RareNewsSite.IO;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;
using Scriban.Runtime;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Templates;

/// <summary>
/// A partial included in a loop is laid out once for the values it reads (a card on many list pages); one whose output
/// could depend on anything else is laid out every time. Either way every page reads as if it were laid out afresh.
/// </summary>
public sealed class PartialMemoTests
{
    private static readonly TemplateSite Site = new(new LinkBuilder("/", "", true), new Dictionary<string, string>());
    private static readonly LinkView First = new("First <news>", "/first/");
    private static readonly LinkView Second = new("Second", "/second/");

    [Fact]
    public void Should_Lay_Out_A_Card_Again_For_Each_Value_It_Reads()
    {
        // Given one renderer and the same two cards on two pages that set different headings
        var renderer = Renderer("{{ for item in list }}{{ include 'card' }}{{ end }}",
            "<{{ heading }}><a href=\"{{ item.url }}\">{{ item.title }}</a></{{ heading }}>");

        // When each page is laid out twice
        var h2 = Page(renderer, new ScriptObject { ["list"] = new[] { First, Second }, ["heading"] = "h2" });
        var h3 = Page(renderer, new ScriptObject { ["list"] = new[] { Second, First }, ["heading"] = "h3" });

        // Then each shows its own heading and its own order, every time
        h2.ShouldBe("[<h2><a href=\"/first/\">First &lt;news&gt;</a></h2><h2><a href=\"/second/\">Second</a></h2>]");
        h3.ShouldBe("[<h3><a href=\"/second/\">Second</a></h3><h3><a href=\"/first/\">First &lt;news&gt;</a></h3>]");
        Page(renderer, new ScriptObject { ["list"] = new[] { First, Second }, ["heading"] = "h2" }).ShouldBe(h2);
        Page(renderer, new ScriptObject { ["list"] = new[] { Second, First }, ["heading"] = "h3" }).ShouldBe(h3);
    }

    [Fact]
    public void Should_Lay_Out_A_Partial_That_Reads_Its_Callers_Loop_Every_Time()
    {
        var renderer = Renderer("{{ for item in list }}{{ include 'card' }}{{ end }}", "{{ for.index }}:{{ item.title }};");

        Page(renderer, new ScriptObject { ["list"] = new[] { Second, Second } }).ShouldBe("[0:Second;1:Second;]");
    }

    [Fact]
    public void Should_Lay_Out_A_Partial_With_Its_Own_Loop_Once_Per_Value()
    {
        // Given a partial whose loop reads its own loop's state, and a card shown twice
        var renderer = Renderer("{{ for item in list }}{{ include 'card' }}|{{ end }}",
            "{{ for c in item.title | string.split ' ' }}{{ if !for.first }}-{{ end }}{{ c }}{{ end }}");

        Page(renderer, new ScriptObject { ["list"] = new[] { First, First } }).ShouldBe("[First-&lt;news&gt;|First-&lt;news&gt;|]");
    }

    [Fact]
    public void Should_Lay_Out_A_Partial_That_Sets_A_Variable_Every_Time()
    {
        // An include shares its caller's variables: what it sets, the caller reads after it
        var renderer = Renderer("{{ for item in list }}{{ include 'card' }}{{ n }}{{ end }}", "{{ n = item.title + '!' }}");

        Page(renderer, new ScriptObject { ["list"] = new[] { First, Second } }).ShouldBe("[First &lt;news&gt;!Second!]");
    }

    [Fact]
    public void Should_Lay_Out_A_Partial_That_Makes_Links_For_Each_Build()
    {
        // Given a card that makes its address with url.to, shown in two builds whose sites live under different roots
        var renderer = Renderer("{{ for item in list }}{{ include 'card' }}{{ end }}", "{{ url.to item.url }}");
        var model = () => new ScriptObject { ["list"] = new[] { First } };

        // Then each build's page has its own root
        Page(renderer, model()).ShouldBe("[/first/]");
        Page(renderer, model(), new TemplateSite(new LinkBuilder("/news/", "", true), new Dictionary<string, string>())).ShouldBe("[/news/first/]");
    }

    private static TemplateRenderer Renderer(string layout, string card)
    {
        var files = new InMemoryFileSystem()
            .Add("theme/layouts/base.sbn-html", "[{{ content }}]")
            .Add("theme/layouts/t.sbn-html", layout)
            .Add("theme/partials/card.sbn-html", card);
        var diagnostics = new DiagnosticBag();
        var renderer = TemplateRenderer.Load(files, diagnostics);
        diagnostics.ToSortedList().ShouldBeEmpty();
        return renderer;
    }

    private static string? Page(TemplateRenderer renderer, ScriptObject model, TemplateSite? site = null)
    {
        var diagnostics = new DiagnosticBag();
        var html = renderer.RenderPage("t", model, site ?? Site, diagnostics) is { } page ? System.Text.Encoding.UTF8.GetString(page) : null;
        diagnostics.ToSortedList().Select(d => d.ToString()).ShouldBeEmpty();
        return html;
    }
}
