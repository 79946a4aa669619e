using System.Globalization;
using System.Text;

namespace RareNewsSite.Benchmarks.Site;

/// <summary>
/// The Markdown report. Rewriting it keeps everything from the <c>## Analysis</c> heading on, because the
/// analysis is written by a person and must survive a re-run.
/// </summary>
internal static class SiteBenchmarkReport
{
    private const string AnalysisHeading = "## Analysis";

    public static string Render(IReadOnlyList<CorpusResult> results, string command, bool withHugo)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("# Whole-site benchmark").AppendLine();
        text.AppendLine(c, $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with:").AppendLine();
        text.AppendLine("```").AppendLine(command).AppendLine("```").AppendLine();
        foreach (var line in MachineInfo.Describe(withHugo))
        {
            text.AppendLine(line);
        }
        text.AppendLine().AppendLine("Corpora (generated with a fixed seed; each build is a fresh child process, timed from outside, start-up included):").AppendLine();
        text.AppendLine("| Articles | Diseases | Authors | Tags | Input | Words per article (approx.) |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(c, $"| {r.Articles:N0} | {r.Diseases} | {r.Authors} | {r.Tags} | {r.InputBytes / 1024.0 / 1024.0:0.0} MB | {r.AverageWords} |");
        }
        text.AppendLine().AppendLine("| Articles | Tool | HTML pages | Files | Runs | Median wall time | Min–max | Median CPU time | Median peak RSS |");
        text.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            foreach (var tool in new[] { r.Ours, r.Hugo }.Concat(r.Variants).OfType<ToolResult>())
            {
                text.AppendLine(c, $"| {r.Articles:N0} | {tool.Tool} | {tool.HtmlPages:N0} | {tool.Files:N0} | {tool.Runs.Count} | {tool.MedianSeconds:0.00} s | {tool.MinSeconds:0.00}–{tool.MaxSeconds:0.00} s | {tool.MedianCpuSeconds:0.00} s | {tool.MedianPeakMegabytes:0} MB |");
            }
        }
        if (withHugo)
        {
            text.AppendLine().AppendLine("| Articles | Ours | Wall time ours / Hugo | CPU time ours / Hugo | Peak RSS ours / Hugo |");
            text.AppendLine("|---:|---|---:|---:|---:|");
            foreach (var r in results.Where(r => r.Hugo is not null))
            {
                foreach (var ours in r.Variants.Prepend(r.Ours))
                {
                    text.AppendLine(c, $"| {r.Articles:N0} | {ours.Tool} | {ours.MedianSeconds / r.Hugo!.MedianSeconds:0.00}× | {ours.MedianCpuSeconds / r.Hugo.MedianCpuSeconds:0.00}× | {ours.MedianPeakMegabytes / r.Hugo.MedianPeakMegabytes:0.00}× |");
                }
            }
        }
        text.AppendLine().AppendLine("What our CLI printed (last run of each corpus):").AppendLine();
        foreach (var r in results)
        {
            text.AppendLine(c, $"- {r.Articles:N0}: `{r.OurSummary.Trim()}`");
        }
        return text.ToString();
    }

    /// <summary>Writes <paramref name="report"/>, keeping the analysis section of an existing file.</summary>
    public static void Write(string path, string report)
    {
        var analysis = "";
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path);
            var at = existing.IndexOf("\n" + AnalysisHeading, StringComparison.Ordinal);
            analysis = at >= 0 ? existing[at..] : "";
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report + analysis);
    }
}
