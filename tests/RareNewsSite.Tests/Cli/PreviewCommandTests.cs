using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;
using static RareNewsSite.Tests.Infrastructure.PreviewProcess;

namespace RareNewsSite.Tests.Cli;

/// <summary><c>rarenews preview</c> as an editor starts it: a process of its own over a site on disk.</summary>
public sealed class PreviewCommandTests
{
    [Fact]
    public async Task Should_Build_A_Save_Made_As_Soon_As_The_First_Page_Is_Served()
    {
        // Given the preview of a copy of the example site, serving its first page (which may come while the first build runs)
        using var site = new ExampleSiteCopy();
        await RunAsync(port => CliProcess.StartCli("preview", "--root", site.Root, "--port", port, "--debounce", "10"), async client =>
        {
            await UntilAsync(async () => (await TryGetAsync(client, "/")) is not null, "the first page");

            // When an article is saved at once, as an editor reading that page may
            var article = site.PathOf("input/articles/blinatumomab-infant-all.md");
            await File.AppendAllTextAsync(article, "\nA sentence saved while the preview started.\n");

            // Then its page shows the sentence: the site was watched from before the first build
            await UntilAsync(async () => (await TryGetAsync(client, "/articles/blinatumomab-infant-all/"))?.Contains("A sentence saved while the preview started.", StringComparison.Ordinal) == true,
                "the saved sentence on the article's page");
        });
    }

    [Fact]
    public async Task Should_Save_The_Pages_It_Serves_For_The_Next_Preview_Which_Then_Shows_An_Edit_Made_Meanwhile_Unless_Told_Not_To()
    {
        // Given the preview of a copy of the example site, stopped once it has saved the article's page
        using var site = new ExampleSiteCopy();
        var list = site.PathOf(".rarenews/cache/preview/pages.json");
        await RunPreviewAsync(site, [], async client =>
            await UntilAsync(() => Task.FromResult(File.Exists(list) && File.ReadAllText(list).Contains("articles/blinatumomab-infant-all/index.html", StringComparison.Ordinal)), "the saved pages"));

        // When the article is edited while no preview runs, and a preview is started again
        var article = site.PathOf("input/articles/blinatumomab-infant-all.md");
        await File.AppendAllTextAsync(article, "\nA sentence saved while no preview ran.\n");
        await RunPreviewAsync(site, [], async client =>
            // Then the page comes to show the edit (the saved one may be served first, until the first build is done)
            await UntilAsync(async () => (await TryGetAsync(client, "/articles/blinatumomab-infant-all/"))?.Contains("A sentence saved while no preview ran.", StringComparison.Ordinal) == true,
                "the edit on the article's page"));

        // When a preview of another copy runs with --no-cache
        using var other = new ExampleSiteCopy();
        await RunPreviewAsync(other, ["--no-cache"], async client => await UntilAsync(async () => (await TryGetAsync(client, "/")) is not null, "the first page"));

        // Then it saved nothing
        Directory.Exists(other.PathOf(".rarenews/cache/preview")).ShouldBeFalse();
    }

    private static Task RunPreviewAsync(ExampleSiteCopy site, string[] options, Func<HttpClient, Task> whileRunning) =>
        RunAsync(port => CliProcess.StartCli(["preview", "--root", site.Root, "--port", port, "--no-watch", .. options]), whileRunning);
}
