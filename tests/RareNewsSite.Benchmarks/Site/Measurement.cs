namespace RareNewsSite.Benchmarks.Site;

/// <summary>
/// One timed child process: wall time, CPU time (user + system, from GNU time; -1 without it), peak resident
/// memory, exit code and what it printed. CPU time suffers less than wall time from other load on a shared machine.
/// </summary>
internal sealed record Measurement(double Seconds, double CpuSeconds, long PeakRssKilobytes, int ExitCode, string Output);
