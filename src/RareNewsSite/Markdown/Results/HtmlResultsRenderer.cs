using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using RareNewsSite.Markdown.Containers;

namespace RareNewsSite.Markdown.Results;

/// <summary>
/// Renders <c>::: results "caption"</c>: the table with its caption and row headers, then, where cells are
/// percentages, a bar chart drawn at build time.
/// </summary>
internal sealed class HtmlResultsRenderer : IContainerRenderer
{
    /// <inheritdoc />
    public void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var caption = Caption(container);
        var id = $"results-{container.Line + 1}";
        renderer.EnsureLine();
        renderer.WriteLine("<figure class=\"results\">");
        foreach (var block in container)
        {
            if (block is Table table)
            {
                WriteTable(renderer, table, caption, id);
                var numbers = ResultsTable.Read(table);
                if (numbers.HasPercentages)
                {
                    renderer.Write(ResultsChart.Render(numbers, id, caption));
                }
            }
            else
            {
                renderer.Write(block);
            }
        }
        renderer.WriteLine("</figure>");
    }

    /// <summary>The caption: the container's argument without its quotes.</summary>
    public static string Caption(CustomContainer container) =>
        (container.Arguments ?? "").Trim().Trim('"', '\'').Trim() is { Length: > 0 } caption ? caption : "Study results";

    private static void WriteTable(HtmlRenderer renderer, Table table, string caption, string id)
    {
        renderer.WriteLine($"<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"{id}-caption\" tabindex=\"0\">");
        renderer.WriteLine("<table>");
        renderer.Write($"<caption id=\"{id}-caption\">").WriteEscape(caption).WriteLine("</caption>");
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = true;
        var bodyOpen = false;
        foreach (var row in table.OfType<TableRow>())
        {
            if (row.IsHeader)
            {
                renderer.WriteLine("<thead>");
            }
            else if (!bodyOpen)
            {
                renderer.WriteLine("<tbody>");
                bodyOpen = true;
            }
            renderer.Write("<tr>");
            var index = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var tag = row.IsHeader || index == 0 ? "th" : "td";
                var scope = row.IsHeader ? " scope=\"col\"" : index == 0 ? " scope=\"row\"" : "";
                renderer.Write($"<{tag}{scope}>");
                renderer.Write(cell);
                renderer.Write($"</{tag}>");
                index++;
            }
            renderer.WriteLine("</tr>");
            if (row.IsHeader)
            {
                renderer.WriteLine("</thead>");
            }
        }
        if (bodyOpen)
        {
            renderer.WriteLine("</tbody>");
        }
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }
}
