namespace RareNewsSite.Benchmarks.Site;

/// <summary>One timed child process: wall time, peak resident memory, exit code and what it printed.</summary>
internal sealed record Measurement(double Seconds, long PeakRssKilobytes, int ExitCode, string Output);
