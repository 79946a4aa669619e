using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace RareNewsSite.Markdown.Results;

/// <summary>The numbers of a results table: column names and, per row, the cells that are percentages.</summary>
internal sealed partial record ResultsTable(IReadOnlyList<string> Series, IReadOnlyList<ResultsRow> Rows)
{
    /// <summary>Reads a pipe table; the first column names the rows, the header names the series.</summary>
    public static ResultsTable Read(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var series = header?.OfType<TableCell>().Skip(1).Select(CellText).ToList() ?? [];
        var data = rows.Where(r => !r.IsHeader).Select(row =>
        {
            var cells = row.OfType<TableCell>().Select(CellText).ToList();
            var values = cells.Skip(1).Select(ParsePercent).ToList();
            return new ResultsRow(cells.FirstOrDefault() ?? "", values);
        }).Where(r => r.Values.Any(v => v is not null)).ToList();
        return new ResultsTable(series, data);
    }

    /// <summary>True when at least one cell is a percentage, so a chart is worth drawing.</summary>
    public bool HasPercentages => Rows.Count > 0;

    /// <summary>Parses "93%" or "12.5 %" into a number from 0 to 100; anything else is null.</summary>
    public static double? ParsePercent(string text)
    {
        var match = PercentPattern().Match(text);
        return match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value <= 100
            ? value
            : null;
    }

    private static string CellText(TableCell cell) => InlineText.OfBlock(cell);

    [GeneratedRegex(@"^\s*(\d{1,3}(?:\.\d+)?)\s*%\s*$")]
    private static partial Regex PercentPattern();
}

/// <summary>One row of a results table: its label and a value per series (null where not a percentage).</summary>
internal sealed record ResultsRow(string Label, IReadOnlyList<double?> Values);
