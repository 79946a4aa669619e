using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace RareNewsSite.Benchmarks.Site;

/// <summary>What the numbers were measured on: they mean little without the machine.</summary>
internal static partial class MachineInfo
{
    public static IEnumerable<string> Describe(bool withHugo)
    {
        yield return $"- CPU: {Environment.ProcessorCount} logical cores ({CpuModel()})";
        yield return $"- Memory: {MemoryTotal()}";
        yield return $"- OS: {RuntimeInformation.OSDescription}";
        yield return $"- .NET: {RuntimeInformation.FrameworkDescription}";
        if (withHugo)
        {
            yield return $"- Hugo: {Run("hugo", "version")}";
        }
        yield return ProcessMeasurer.HasGnuTime
            ? "- Peak RSS: GNU time's \"Maximum resident set size\""
            : "- Peak RSS: VmHWM polled every 20 ms (GNU time not installed)";
    }

    private static string CpuModel() => ReadMatch("/proc/cpuinfo", CpuModelLine()) ?? "unknown model";

    private static string MemoryTotal() => ReadMatch("/proc/meminfo", MemTotalLine()) is { } kb
        ? $"{long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024.0:0.0} GiB"
        : "unknown";

    private static string? ReadMatch(string path, Regex pattern) =>
        File.Exists(path) && pattern.Match(File.ReadAllText(path)) is { Success: true } match ? match.Groups[1].Value.Trim() : null;

    private static string Run(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true });
            var text = process?.StandardOutput.ReadToEnd().Trim() ?? "";
            process?.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not installed";
        }
    }

    [GeneratedRegex(@"model name\s*:\s*(.+)")]
    private static partial Regex CpuModelLine();

    [GeneratedRegex(@"MemTotal:\s+(\d+) kB")]
    private static partial Regex MemTotalLine();
}
