using System.Globalization;
using RareNewsSite.Building;
using RareNewsSite.Content.Trust;
using RareNewsSite.Themes;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>
/// <c>list review-due [--within 30d]</c>: the published articles and disease pages whose medical review is overdue, or
/// due within the window, soonest first, as <c>path  title  due date</c> lines, so an editor can plan the month's reviews.
/// </summary>
public sealed class ListReviewDueCommand(Output output) : AsyncCommand<ListReviewDueSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ListReviewDueSettings settings, CancellationToken cancellationToken)
    {
        var within = ReviewInterval.Parse(settings.Within)!.Value;
        var (due, errors) = await ReviewPlan.DueAsync(ThemeOverlay.OverBuiltIn(settings.Root), settings.ToRequest(), within, cancellationToken);
        foreach (var error in errors)
        {
            output.Error.WriteLine(error.ToString());
        }
        var pathWidth = due.Select(d => d.Source.Length).DefaultIfEmpty(0).Max();
        var titleWidth = due.Select(d => d.Title.Length).DefaultIfEmpty(0).Max();
        foreach (var page in due)
        {
            var date = page.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            output.Out.WriteLine($"{page.Source.PadRight(pathWidth)}  {page.Title.PadRight(titleWidth)}  {date}{(page.Overdue ? " (overdue)" : "")}");
        }
        var window = within.IsNone ? "now" : $"within {within}";
        output.Out.WriteLine(due.Count == 0
            ? $"No page is due for review {window}"
            : $"{due.Count} page{(due.Count == 1 ? " is" : "s are")} due for review {window} ({due.Count(d => d.Overdue)} overdue)");
        return errors.Count == 0 ? CliApp.Success : CliApp.ContentErrors;
    }
}
