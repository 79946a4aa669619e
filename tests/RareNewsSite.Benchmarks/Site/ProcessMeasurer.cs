using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RareNewsSite.Benchmarks.Site;

/// <summary>
/// Runs a command as a child process and measures it from outside, the same way for every tool: wall time
/// with a <see cref="Stopwatch"/>, peak RSS from GNU time's "Maximum resident set size" (the kernel's own
/// high-water mark), or, without GNU time, from polling <c>VmHWM</c> in <c>/proc/&lt;pid&gt;/status</c>.
/// </summary>
internal static partial class ProcessMeasurer
{
    private const string GnuTime = "/usr/bin/time";

    public static bool HasGnuTime => File.Exists(GnuTime);

    public static async Task<Measurement> RunAsync(string fileName, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var timeFile = Path.GetTempFileName();
        try
        {
            var start = HasGnuTime
                ? new ProcessStartInfo(GnuTime, ["-v", "-o", timeFile, fileName, .. arguments])
                : new ProcessStartInfo(fileName, arguments);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var polled = HasGnuTime ? Task.FromResult(0L) : PollHighWaterMarkAsync(process);
            await process.WaitForExitAsync();
            stopwatch.Stop();
            var output = (await stdout + await stderr).Trim();
            var report = HasGnuTime ? await File.ReadAllTextAsync(timeFile) : "";
            var peak = HasGnuTime ? ReadNumber(report, MaxRssLine()) : await polled;
            var cpu = HasGnuTime ? ReadNumber(report, UserTimeLine()) + ReadNumber(report, SystemTimeLine()) : -1;
            return new Measurement(stopwatch.Elapsed.TotalSeconds, cpu, (long)peak, process.ExitCode, output);
        }
        finally
        {
            File.Delete(timeFile);
        }
    }

    private static double ReadNumber(string timeReport, Regex line)
    {
        var match = line.Match(timeReport);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    // Polling can miss a short spike; it is the fallback only, and it says so in the report.
    private static async Task<long> PollHighWaterMarkAsync(Process process)
    {
        long peak = -1;
        while (!process.HasExited)
        {
            try
            {
                var status = await File.ReadAllTextAsync($"/proc/{process.Id}/status");
                var match = HighWaterMarkLine().Match(status);
                if (match.Success)
                {
                    peak = Math.Max(peak, long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            }
            catch (IOException)
            {
                break; // the process ended between the check and the read
            }
            await Task.Delay(20);
        }
        return peak;
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRssLine();

    [GeneratedRegex(@"User time \(seconds\): ([\d.]+)")]
    private static partial Regex UserTimeLine();

    [GeneratedRegex(@"System time \(seconds\): ([\d.]+)")]
    private static partial Regex SystemTimeLine();

    [GeneratedRegex(@"VmHWM:\s+(\d+) kB")]
    private static partial Regex HighWaterMarkLine();
}
