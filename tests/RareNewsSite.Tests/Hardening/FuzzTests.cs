using CsCheck;
using RareNewsSite.Building;
using RareNewsSite.Site;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Hardening;

/// <summary>
/// Property tests: random front matter and random Markdown never make the build throw, and every problem comes
/// back as a diagnostic with a real position. The case count is bounded so the normal test run stays quick.
/// </summary>
public sealed class FuzzTests
{
    private const int Cases = 150;

    private static readonly Gen<string> YamlValue = Gen.Frequency(
        (6, Gen.OneOf("T", "2026-01-01", "tomorrow", "5", "ann", "cf", "[cf, x]", "[]", "{}", "true", "maybe", "\"quoted\"", "'single'",
            "\"unterminated", "[unclosed", "{a: [", "&a x", "*a", "*missing", "!!binary AAAA", "!tag x", "|", ">", "? k", ": :", "- x",
            "\n  - a\n  - b", "\n  title: t\n  url: javascript:x", "\n\t- tab", "~", "null", "-1e999", "0x1F", "2026-13-45", "../../x", "/old/../x")),
        (1, Gen.String[0, 20]));

    private static readonly Gen<string> YamlKey = Gen.Frequency(
        (6, Gen.OneOf("title", "date", "updated", "author", "authors", "summary", "diseases", "drugs", "tags", "sources", "image", "image_alt",
            "reviewed_by", "last_reviewed", "draft", "slug", "aliases", "autor", "  title", " ", "- x", "? k", "%YAML 1.2", "<<")),
        (1, Gen.String[1, 10]));

    private static readonly Gen<string> FrontMatterText =
        Gen.Select(YamlKey, YamlValue, (k, v) => $"{k}: {v}").Array[0, 12].Select(lines => string.Join('\n', lines));

    private static readonly Gen<string> MarkdownText = Gen.Frequency(
        (8, Gen.OneOf("# ", "## ", "### ", "###### ", "\n", "\n\n", "- ", "1. ", "> ", "    code", "```\n", "~~~", "::: symptoms\n", "::: results \"R\"\n",
            "::: note\n", "::: warning\n", "::: nope\n", ":::\n", "| a | b |\n|---|---|\n| 1 | 93% |\n", "[x](good.md#results)", "[y](missing.md)", "[z](#nowhere)",
            "![a](/assets/x.png)", "![](b.png)", "[^1]", "[^1]: note\n", "*[ALL]: acute lymphoblastic leukemia\n", "`", "<b>", "</div>", "<!--", "&amp;",
            "*", "_", "[", "]", "(", ")", "93%", "\t", "word ", "Patients. ", "javascript:alert(1)", "[j](javascript:x)", "<https://example.org>", "---\n", "\\")),
        (1, Gen.String[0, 10])).Array[0, 60].Select(string.Concat);

    [Fact]
    public void Random_Front_Matter_Never_Throws() =>
        FrontMatterText.Sample(frontMatter => BuildShouldReport($"---\n{frontMatter}\n---\nBody.\n"), iter: Cases, threads: 1);

    [Fact]
    public void Random_Markdown_Never_Throws() =>
        MarkdownText.Sample(body => BuildShouldReport(CatalogueSite.Article + body), iter: Cases, threads: 1);

    [Fact]
    public void Random_Bytes_Never_Throw() =>
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            var site = CatalogueSite.With("input/articles/a.md", "");
            site.Files.Add("input/articles/a.md", bytes);
            Check(site.Build().Result);
        }, iter: Cases, threads: 1);

    private static void BuildShouldReport(string article) =>
        Check(CatalogueSite.With("input/articles/a.md", article).Build().Result);

    private static void Check(BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            diagnostic.Span.Line.ShouldBeGreaterThanOrEqualTo(1, diagnostic.ToString());
            diagnostic.Span.Column.ShouldBeGreaterThanOrEqualTo(1, diagnostic.ToString());
            diagnostic.Message.ShouldNotContain("Exception", Case.Sensitive, diagnostic.ToString());
        }
        if (!result.Succeeded)
        {
            result.Diagnostics.ShouldContain(d => d.IsError);
        }
    }
}
