using System.Reflection;
using NetArchTest.Rules;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Architecture;

/// <summary>The layers of the library, checked in its compiled code (see "Layers" in the README).</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Library = typeof(RareNewsSite.Engine.Document).Assembly;

    // The library's folders, each a namespace; the engine's incremental machinery is a folder of its own.
    private static readonly string[] Folders =
    [
        "RareNewsSite.Building", "RareNewsSite.Cms", "RareNewsSite.Configuration", "RareNewsSite.Content", "RareNewsSite.Diagnostics", "RareNewsSite.Engine",
        "RareNewsSite.IO", "RareNewsSite.Images", "RareNewsSite.Layout", "RareNewsSite.Markdown", "RareNewsSite.Modules", "RareNewsSite.Pipelines",
        "RareNewsSite.Publishing", "RareNewsSite.Schemas", "RareNewsSite.Search", "RareNewsSite.Site", "RareNewsSite.Templates", "RareNewsSite.Themes",
        "RareNewsSite.Writing",
    ];

    // What the site is made of: the engine knows none of it.
    private static readonly string[] SiteFolders =
    [
        "RareNewsSite.Building", "RareNewsSite.Cms", "RareNewsSite.Configuration", "RareNewsSite.Content", "RareNewsSite.Images", "RareNewsSite.Layout", "RareNewsSite.Markdown",
        "RareNewsSite.Modules", "RareNewsSite.Pipelines", "RareNewsSite.Publishing", "RareNewsSite.Schemas", "RareNewsSite.Search", "RareNewsSite.Site",
        "RareNewsSite.Templates", "RareNewsSite.Themes", "RareNewsSite.Writing",
    ];

    private static readonly string[] CacheWords = ["Memo", "Cache", "Ledger"];

    [Fact]
    public void Should_Keep_Every_Folder_Listed() =>
        Types.InAssembly(Library).GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith("RareNewsSite.", StringComparison.Ordinal))
            .Select(TopFolder).Distinct().Order(StringComparer.Ordinal).ToArray().ShouldBe(Folders, "a new folder needs its place in the layers");

    [Fact]
    public void Should_Keep_Modules_Free_Of_The_Engines_Caches()
    {
        var result = Types.InAssembly(Library).That().ResideInNamespace("RareNewsSite.Modules")
            .ShouldNot().HaveDependencyOn("RareNewsSite.Engine.Incremental").GetResult();
        result.FailingTypeNames.ShouldBeNull("modules are plain functions; caching is declared in Pipelines/");
        Types.InAssembly(Library).That().ResideInNamespace("RareNewsSite.Modules").GetTypes()
            .Select(t => t.Name).Where(n => CacheWords.Any(w => n.Contains(w, StringComparison.Ordinal))).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Keep_The_Engine_Ignorant_Of_The_Site()
    {
        var result = Types.InAssembly(Library).That().ResideInNamespace("RareNewsSite.Engine")
            .ShouldNot().HaveDependencyOnAny(SiteFolders).GetResult();
        result.FailingTypeNames.ShouldBeNull();
    }

    [Fact]
    public void Should_Have_No_Cycle_Between_Folders()
    {
        // Given which folder uses which, from the compiled code
        var uses = Folders.ToDictionary(f => f, f => Folders.Where(other => other != f && Uses(f, other)).ToList(), StringComparer.Ordinal);
        uses["RareNewsSite.Modules"].ShouldContain("RareNewsSite.Engine", "the check must see what the code uses");
        uses["RareNewsSite.Engine"].ShouldNotContain("RareNewsSite.Modules");

        // Then no folder reaches itself again
        var cycles = Folders.Select(f => Cycle(f, uses)).OfType<string>().Distinct().ToList();
        cycles.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Reach_The_Library_From_The_Command_Line_And_Preview_Through_The_Front_Door()
    {
        string[] inside = ["RareNewsSite.Engine.Incremental", "RareNewsSite.Layout", "RareNewsSite.Markdown", "RareNewsSite.Modules", "RareNewsSite.Pipelines",
            "RareNewsSite.Publishing", "RareNewsSite.Search", "RareNewsSite.Site", "RareNewsSite.Templates"];
        foreach (var assembly in new[] { typeof(RareNewsSite.Cli.CliApp).Assembly, typeof(RareNewsSite.Preview.PreviewSession).Assembly })
        {
            Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(inside).GetResult().FailingTypeNames.ShouldBeNull(assembly.GetName().Name);
        }
    }

    private static bool Uses(string folder, string other) =>
        !Types.InAssembly(Library).That().ResideInNamespace(folder).ShouldNot().HaveDependencyOn(other).GetResult().IsSuccessful;

    // A path from the folder back to itself, or null.
    private static string? Cycle(string start, Dictionary<string, List<string>> uses)
    {
        var path = new Stack<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? Visit(string folder)
        {
            path.Push(folder);
            foreach (var next in uses[folder])
            {
                if (next == start)
                {
                    return string.Join(" -> ", path.Reverse().Append(start));
                }
                if (seen.Add(next) && Visit(next) is { } found)
                {
                    return found;
                }
            }
            path.Pop();
            return null;
        }
        return Visit(start);
    }

    private static string TopFolder(string ns) => string.Join('.', ns.Split('.').Take(2));
}
