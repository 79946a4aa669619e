using Microsoft.Playwright;

namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>How an editor works Decap CMS's entry form, for the tests that drive it.</summary>
internal static class DecapForm
{
    /// <summary>A relation widget is a combobox: type part of a name, then pick the entry the CMS offers.</summary>
    public static async Task ChooseAsync(IPage page, string label, string typed, string option)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true }).FillAsync(typed);
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    /// <summary>The Markdown editor (raw mode): a contenteditable textbox that its label does not name.</summary>
    public static ILocator Body(IPage page) => page.Locator("[aria-label='markdown field']").GetByRole(AriaRole.Textbox);

    /// <summary>Publish, Publish now; returns decap-server's answer to the save.</summary>
    public static async Task<IResponse> PublishAsync(IPage page, DecapServer decap)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        return await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Menuitem, new() { Name = "Publish now" }).ClickAsync(),
            response => response.Url == decap.ApiUrl && response.Request.PostData?.Contains("\"persistEntry\"", StringComparison.Ordinal) == true);
    }
}
