using RareNewsSite.Tests.Cli;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Hardening;

/// <summary>
/// A representative subset of the bad-input catalogue through the real command line: exit 1, the exact
/// diagnostic, no stack trace, and the previous output left byte for byte as it was.
/// </summary>
public sealed class BadInputCliTests
{
    private const string Good = "---\ntitle: T\ndate: 2026-01-01\nauthor: ann-author\nsummary: S\n---\n";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "input/articles/unclosed.md", "---\ntitle: T\n", "input/articles/unclosed.md:1:1: error RN0108: front matter is not closed: end it with a line of three dashes '---'" },
        { "input/articles/empty.md", "", "input/articles/empty.md:1:1: error RN0108: the file is empty: start it with a '---' line, the keys, and another '---' line" },
        { "input/articles/dup.md", "---\ntitle: T\ntitle: U\n---\n", "input/articles/dup.md:3:1: error RN0100: invalid YAML: a key appears twice" },
        { "input/articles/types.md", "---\ntitle: T\ndate: tomorrow\nauthor: ann-author\nsummary: S\n---\n", "input/articles/types.md:3:7: error RN0102: 'date' is not a valid date (\"tomorrow\"); use YYYY-MM-DD" },
        { "input/articles/who.md", "---\ntitle: T\ndate: 2026-01-01\nauthor: ann-autor\nsummary: S\n---\n", "input/articles/who.md:4:1: error RN0104: unknown author 'ann-autor'; did you mean 'ann-author'?" },
        { "input/articles/slug.md", Good.Replace("summary: S\n", "summary: S\nslug: ../../etc\n", StringComparison.Ordinal), "input/articles/slug.md:6:1: error RN0107: slug \"../../etc\" may only use lower-case letters, digits and single hyphens" },
        { "input/articles/bomb.md", "---\ntitle: T\na: &a [x, x]\nb: [*a, *a]\n---\n", "input/articles/bomb.md:4:5: error RN0111: YAML aliases ('*a') are not allowed in front matter; write the value out" },
        { "input/articles/deep.md", "---\ntitle: " + new string('[', 50_000) + "\n---\n", "input/articles/deep.md:2:23: error RN0111: front matter is nested more than 16 levels deep" },
        { "input/articles/image.md", Good + "![Scan](/assets/scan.png)\n", "input/articles/image.md:7:1: error RN0207: image '/assets/scan.png' does not exist; put it in input/assets/ and link it as /assets/<name>" },
        { "input/articles/link.md", Good + "See [the study](2026/infant-study.md#nope).\n", "input/articles/link.md:7:5: error RN0202: no heading with id 'nope' in '2026/infant-study.md'; its heading ids are 'results', 'symptoms'" },
        { "theme/layouts/tag.sbn-html", "{{ for t in tags }}", "theme/layouts/tag.sbn-html:1:18: error RN0301: error while parsing for statement: The <end> statement was not found in: for <variable> in <expression> ... end" },
        { "theme/layouts/page.sbn-html", "<h1>{{ page.title | string.nope }}</h1>", "theme/layouts/page.sbn-html:1:28: error RN0302: cannot get member with name nope" },
        { "statiq.json", "{ \"SiteTitle\": \"x\" ", "statiq.json:1:20: error RN0401: invalid JSON: expected depth to be zero at the end of the JSON payload" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Exit_1_With_The_Diagnostic_And_Keep_The_Previous_Output(string path, string content, string expected)
    {
        // Given: a good build, then one bad file
        using var site = new TempSite("basic");
        (await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26")).ExitCode.ShouldBe(0);
        var before = Contents(site.PathOf("output"));
        Directory.CreateDirectory(Path.GetDirectoryName(site.PathOf(path))!);
        File.WriteAllText(site.PathOf(path), content);

        // When
        var run = await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26");

        // Then
        run.ExitCode.ShouldBe(1, run.Error);
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([expected]);
        (run.Out + run.Error).ShouldNotContain("   at ");
        (run.Out + run.Error).ShouldNotContain("Exception");
        Contents(site.PathOf("output")).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Report_Binary_And_Invalid_Utf8_Files()
    {
        using var site = new TempSite("basic");
        File.WriteAllBytes(site.PathOf("input/articles/binary.md"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A]);
        File.WriteAllBytes(site.PathOf("input/articles/latin1.md"), [.. "---\ntitle: Caf"u8.ToArray(), 0xE9, .. "\n---\n"u8.ToArray()]);

        var run = await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26");

        run.ExitCode.ShouldBe(1);
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            "input/articles/binary.md:1:1: error RN0110: the file is binary, not Markdown text",
            "input/articles/latin1.md:2:11: error RN0110: the file is not valid UTF-8 text; save it as UTF-8",
        ]);
        Directory.Exists(site.PathOf("output")).ShouldBeFalse();
    }

    private static Dictionary<string, string> Contents(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f)), StringComparer.Ordinal);
}
