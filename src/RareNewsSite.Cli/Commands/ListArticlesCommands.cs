using System.ComponentModel;
using System.Globalization;
using RareNewsSite.Building;
using RareNewsSite.Themes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>list drafts</c> and <c>list scheduled</c>: the site, "now" and setting overrides.</summary>
public class ListArticlesSettings : SiteRequestSettings;

/// <summary>Options of <c>list recent</c>: how many.</summary>
public sealed class ListRecentSettings : ListArticlesSettings
{
    [CommandOption("-n|--count <N>")]
    [Description("How many of the newest published articles to list (default 10).")]
    public int Count { get; init; } = 10;

    public override ValidationResult Validate() =>
        Count < 1 ? ValidationResult.Error($"--count must be 1 or more, not {Count}") : base.Validate();
}

/// <summary>
/// The <c>list</c> commands for articles: <c>path  title  date</c> lines, in the order an editor plans by, then a count.
/// Like <c>list review-due</c>, they read and check the site as a build does and print its errors first (exit 1).
/// </summary>
public abstract class ListArticlesCommand<TSettings>(Output output) : AsyncCommand<TSettings>
    where TSettings : ListArticlesSettings
{
    /// <summary>The articles to show, in order.</summary>
    protected abstract IEnumerable<ArticleEntry> Choose(IReadOnlyList<ArticleEntry> articles, TSettings settings);

    /// <summary>The closing line for <paramref name="count"/> articles.</summary>
    protected abstract string Summary(int count);

    /// <summary>"1 draft", "2 drafts".</summary>
    protected static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    public override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var (articles, errors) = await ArticlePlan.ListAsync(ThemeOverlay.OverBuiltIn(settings.Root), settings.ToRequest(drafts: true, future: true), cancellationToken);
        foreach (var error in errors)
        {
            output.Error.WriteLine(error.ToString());
        }
        var shown = Choose(articles, settings).ToList();
        var pathWidth = shown.Select(a => a.Source.Length).DefaultIfEmpty(0).Max();
        var titleWidth = shown.Select(a => a.Title.Length).DefaultIfEmpty(0).Max();
        foreach (var article in shown)
        {
            var date = article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            output.Out.WriteLine($"{article.Source.PadRight(pathWidth)}  {article.Title.PadRight(titleWidth)}  {date}");
        }
        output.Out.WriteLine(Summary(shown.Count));
        return errors.Count == 0 ? CliApp.Success : CliApp.ContentErrors;
    }
}

/// <summary><c>list drafts</c>: every article marked <c>draft: true</c>, newest date first (the one being written on top).</summary>
public sealed class ListDraftsCommand(Output output) : ListArticlesCommand<ListArticlesSettings>(output)
{
    protected override IEnumerable<ArticleEntry> Choose(IReadOnlyList<ArticleEntry> articles, ListArticlesSettings settings) =>
        articles.Where(a => a.State == ArticleState.Draft).Reverse();

    protected override string Summary(int count) => count == 0 ? "No draft" : Count(count, "draft", "drafts");
}

/// <summary><c>list scheduled</c>: articles dated after now, not drafts, soonest first (the next to go out on top).</summary>
public sealed class ListScheduledCommand(Output output) : ListArticlesCommand<ListArticlesSettings>(output)
{
    protected override IEnumerable<ArticleEntry> Choose(IReadOnlyList<ArticleEntry> articles, ListArticlesSettings settings) =>
        articles.Where(a => a.State == ArticleState.Scheduled);

    protected override string Summary(int count) =>
        count == 0 ? "No article is scheduled" : $"{Count(count, "article is", "articles are")} scheduled; each appears with the first build on or after its date";
}

/// <summary><c>list recent [--count 10]</c>: the newest published articles, newest first.</summary>
public sealed class ListRecentCommand(Output output) : ListArticlesCommand<ListRecentSettings>(output)
{
    protected override IEnumerable<ArticleEntry> Choose(IReadOnlyList<ArticleEntry> articles, ListRecentSettings settings) =>
        articles.Where(a => a.State == ArticleState.Published).Reverse().Take(settings.Count);

    protected override string Summary(int count) => count == 0 ? "No article is published yet" : $"The {Count(count, "newest published article", "newest published articles")}";
}
