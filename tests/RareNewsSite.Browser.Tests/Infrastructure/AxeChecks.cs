using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>Runs axe-core with the WCAG 2.2 AA rule set and fails with a readable list of violations.</summary>
internal static class AxeChecks
{
    /// <summary>The WCAG levels we promise: A and AA of 2.0, 2.1 and 2.2.</summary>
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Fails when axe reports any violation on the page.</summary>
    public static async Task ShouldHaveNoAxeViolationsAsync(this IPage page)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        };
        var result = await page.RunAxe(options);
        // No passes at all would mean axe never ran (a blank page or a failed injection), not a clean page.
        result.Passes.ShouldNotBeEmpty();
        result.Violations.ShouldBeEmpty(Describe(page.Url, result.Violations));
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations) =>
        $"axe violations on {url}:\n" + string.Join('\n', violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Select(n => "    " + n.Html))));
}
