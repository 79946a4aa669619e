using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>
/// <c>rarenews preview</c> in a real browser: an open page follows saves on disk by itself, shows the build's
/// errors in an overlay and drops it once the file is fixed. Each test edits its own file and restores it.
/// </summary>
public sealed partial class PreviewTests(PreviewFixture preview) : IClassFixture<PreviewFixture>
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 20_000 };

    [BrowserFact]
    public async Task Should_Show_A_Saved_Body_Edit_Without_Touching_The_Page()
    {
        const string source = "input/articles/fabry-disease-diagnosis-delays.md";
        await using var session = await preview.OpenAsync("/articles/fabry-disease-diagnosis-delays/");
        await Assertions.Expect(session.Page.Locator("#rarenews-panel")).ToBeVisibleAsync();

        await EditAsync(source, text => text + "\nThis sentence was typed while the page was open.\n", async () =>
            await Assertions.Expect(session.Page.GetByText("This sentence was typed while the page was open.")).ToBeVisibleAsync(Soon));
    }

    [BrowserFact]
    public async Task Should_Show_An_Overlay_With_Path_Line_And_Column_Until_The_Front_Matter_Is_Fixed()
    {
        const string source = "input/articles/huntingtons-caregivers-support.md";
        await using var session = await preview.OpenAsync("/articles/huntingtons-caregivers-support/");
        var overlay = session.Page.Locator("#rarenews-overlay");

        await EditAsync(source, text => text.Replace("date: 2026-01-22", "date: 2026-01-45", StringComparison.Ordinal), async () =>
        {
            await Assertions.Expect(overlay).ToBeVisibleAsync(Soon);
            await Assertions.Expect(overlay).ToContainTextAsync(DiagnosticLine());
            await Assertions.Expect(overlay).ToContainTextAsync(source + ":3:7: error RN0102");
        });

        await Assertions.Expect(overlay).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 20_000 });
        await Assertions.Expect(session.Page.Locator("h1")).ToContainTextAsync("caregivers");
    }

    [BrowserFact]
    public async Task Should_Apply_A_Saved_Template_Change()
    {
        await using var session = await preview.OpenAsync("/articles/rare-disease-day-2026/");

        await EditAsync("theme/layouts/article.sbn-html", text => text.Replace("<h1>{{ article.title }}</h1>", "<h1>{{ article.title }}</h1><p id=\"template-edit\">Template edited</p>", StringComparison.Ordinal), async () =>
            await Assertions.Expect(session.Page.Locator("#template-edit")).ToHaveTextAsync("Template edited", new LocatorAssertionsToHaveTextOptions { Timeout = 20_000 }));
    }

    [BrowserFact]
    public async Task Should_Have_No_Axe_Violations_With_The_Editor_Panel_Open()
    {
        await using var session = await preview.OpenAsync("/articles/dmd-gene-therapy-trial-enrolls/");
        var panel = session.Page.Locator("#rarenews-panel");
        await panel.Locator("summary").ClickAsync();
        await Assertions.Expect(panel.Locator("[data-metric=grade]")).ToBeVisibleAsync();

        await session.Page.ShouldHaveNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Should_Show_Evidence_Warnings_In_The_Editor_Panel_As_The_Editor_Writes_Them()
    {
        // Issue #17: the panel shows the evidence check, which a build leaves to `check`, as soon as a save makes it true.
        const string source = "input/articles/sma-newborn-screening-guidance.md";
        await using var session = await preview.OpenAsync("/articles/sma-newborn-screening-guidance/");
        var warnings = session.Page.Locator("#rarenews-panel .rarenews-warnings li");

        await EditAsync(source, text => text + "\n## Hype\n\nThe new test halves the time to a diagnosis.\n", async () =>
        {
            await Assertions.Expect(warnings.Filter(new() { HasText = "RN0535" })).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 20_000 });
            await session.Page.Locator("#rarenews-panel summary").ClickAsync();
            await Assertions.Expect(warnings.Filter(new() { HasText = "RN0535" })).ToContainTextAsync("\"halves\" is a relative change");
            await session.Page.ShouldHaveNoAxeViolationsAsync();
        });
    }

    private async Task EditAsync(string relative, Func<string, string> change, Func<Task> check)
    {
        var path = preview.PathOf(relative);
        var original = await File.ReadAllTextAsync(path);
        var changed = change(original);
        changed.ShouldNotBe(original, "the edit must change the file");
        try
        {
            await File.WriteAllTextAsync(path, changed);
            await check();
        }
        finally
        {
            await File.WriteAllTextAsync(path, original);
        }
    }

    [GeneratedRegex(@"input/articles/[\w-]+\.md:\d+:\d+: error RN\d{4}")]
    private static partial Regex DiagnosticLine();
}
