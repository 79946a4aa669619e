using Markdig;
using RareNewsSite.Diagnostics;
using RareNewsSite.Markdown;
using RareNewsSite.Markdown.Containers;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Markdown;

/// <summary>
/// Each <c>Cases/NNN-name.md</c> renders to <c>NNN-name.html</c>; where <c>NNN-name.diagnostics.txt</c>
/// exists, validation reports exactly those lines. On a mismatch the output is written as <c>.received.</c>.
/// </summary>
public sealed class MarkdownCasesTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create(allowRawHtml: false);

    private static string CasesFolder => Path.Combine(RepoPaths.TestProject, "Markdown", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CasesFolder, "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Render_Case_As_Expected(string name)
    {
        var markdown = File.ReadAllText(Path.Combine(CasesFolder, name + ".md"));
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var html = document.ToHtml(Pipeline);
        var diagnostics = new DiagnosticBag();
        ContainerValidator.Validate(document, name + ".md", diagnostics);

        Compare(name + ".html", html);
        var lines = string.Concat(diagnostics.ToSortedList().Select(d => d + "\n"));
        if (lines.Length > 0 || File.Exists(Path.Combine(CasesFolder, name + ".diagnostics.txt")))
        {
            Compare(name + ".diagnostics.txt", lines);
        }
    }

    private static void Compare(string file, string actual)
    {
        var expectedPath = Path.Combine(CasesFolder, file);
        var receivedPath = Path.Combine(CasesFolder, Path.GetFileNameWithoutExtension(file) + ".received" + Path.GetExtension(file));
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected != actual)
        {
            File.WriteAllText(receivedPath, actual);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
        actual.ShouldBe(expected, $"{file} differs; see {Path.GetFileName(receivedPath)}");
    }
}
