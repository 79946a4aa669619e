using System.Globalization;
using System.Net;
using System.Text;

namespace RareNewsSite.Markdown.Results;

/// <summary>
/// Draws a results table as an inline SVG bar chart at build time. Every bar is labelled with its value and
/// series in text, so the chart never relies on colour, and the table stays the primary carrier of the numbers.
/// </summary>
internal static class ResultsChart
{
    private const int Width = 760;
    private const double Scale = 4.0; // pixels per percentage point: 100% = 400px
    private const int BarHeight = 22;
    private const int RowLabelHeight = 26;
    private const int Gap = 14;

    /// <summary>The SVG markup; <paramref name="id"/> must be unique in the page.</summary>
    public static string Render(ResultsTable table, string id, string caption)
    {
        var height = table.Rows.Sum(r => RowLabelHeight + r.Values.Count(v => v is not null) * (BarHeight + 6) + Gap);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"results-chart\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title\" focusable=\"false\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape("Bar chart: " + caption + ". The same numbers are in the table.")}</title>\n");
        var y = 0;
        foreach (var row in table.Rows)
        {
            y += RowLabelHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"row-label\" x=\"0\" y=\"{y - 8}\">{Escape(row.Label)}</text>\n");
            for (var i = 0; i < row.Values.Count; i++)
            {
                if (row.Values[i] is not { } value)
                {
                    continue;
                }
                var series = i < table.Series.Count ? table.Series[i] : $"Column {i + 2}";
                var width = Math.Max(value * Scale, 1);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"bar bar-{i % 4 + 1}\" x=\"0\" y=\"{y}\" width=\"{width:0.#}\" height=\"{BarHeight}\" rx=\"3\"/>\n");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"bar-label\" x=\"{width + 8:0.#}\" y=\"{y + BarHeight - 6}\">{Escape(Format(value) + "% · " + series)}</text>\n");
                y += BarHeight + 6;
            }
            y += Gap;
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
