namespace RareNewsSite.Benchmarks.Site;

/// <summary>The measured runs of one tool on one corpus, with what the last build wrote.</summary>
internal sealed record ToolResult(string Tool, IReadOnlyList<Measurement> Runs, int HtmlPages, int Files)
{
    public double MedianSeconds => Median(Runs.Select(r => r.Seconds));

    public double MedianCpuSeconds => Median(Runs.Select(r => r.CpuSeconds));

    public double MedianPeakMegabytes => Median(Runs.Select(r => r.PeakRssKilobytes / 1024.0));

    public double MinSeconds => Runs.Min(r => r.Seconds);

    public double MaxSeconds => Runs.Max(r => r.Seconds);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
