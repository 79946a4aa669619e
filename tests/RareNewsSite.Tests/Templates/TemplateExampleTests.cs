using System.Reflection;
using RareNewsSite.Diagnostics;
using RareNewsSite.IO;
using RareNewsSite.Site;
using RareNewsSite.Templates;
using Scriban.Runtime;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Templates;

/// <summary>Renders every <see cref="TemplateExampleAttribute"/> on every template function, as Scriban and Hugo do.</summary>
public sealed class TemplateExampleTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        var examples = typeof(TemplateRenderer).Assembly.GetTypes()
            .Where(t => t.Namespace == "RareNewsSite.Templates.Functions")
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .SelectMany(m => m.GetCustomAttributes<TemplateExampleAttribute>());
        foreach (var example in examples)
        {
            data.Add(example.Template, example.Output);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_Render_Example(string template, string expected)
    {
        var files = new InMemoryFileSystem()
            .Add("theme/layouts/base.sbn-html", "{{ content }}")
            .Add("theme/layouts/example.sbn-html", template);
        var diagnostics = new DiagnosticBag();
        var renderer = TemplateRenderer.Load(files, diagnostics);
        var site = new TemplateSite(new LinkBuilder("/news/", "example.org", true),
            new Dictionary<string, string> { ["site.css"] = "assets/site.0123abcd.css" });
        var model = new ScriptObject { ["test_date"] = new DateTimeOffset(2026, 10, 14, 0, 0, 0, TimeSpan.Zero) };

        var html = renderer.RenderPage("example", model, site, diagnostics) is { } page ? System.Text.Encoding.UTF8.GetString(page) : null;

        diagnostics.ToSortedList().ShouldBeEmpty();
        html.ShouldBe(expected);
    }

    [Fact]
    public void Should_Have_An_Example_On_Every_Function()
    {
        var missing = typeof(TemplateRenderer).Assembly.GetTypes()
            .Where(t => t.Namespace == "RareNewsSite.Templates.Functions")
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<TemplateExampleAttribute>() is null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        missing.ShouldBeEmpty();
    }
}
