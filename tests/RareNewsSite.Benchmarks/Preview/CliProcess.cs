using System.Diagnostics;

namespace RareNewsSite.Benchmarks.Preview;

/// <summary>
/// The CLI as a child process: its output is read as it comes (a full pipe would block it) and its last lines
/// kept for error messages; <see cref="Dispose"/> kills it with its children, and so does this process exiting.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private const int KeptLines = 40;

    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _exited = new();
    private readonly bool _echo;

    private CliProcess(Process process, bool echo)
    {
        _process = process;
        _echo = echo;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>The command line, quoted where needed, as it could be typed.</summary>
    public string CommandLine { get; private init; } = "";

    /// <summary>Cancelled when the child has exited.</summary>
    public CancellationToken Exited => _exited.Token;

    /// <summary>Starts <c><paramref name="fileName"/> <paramref name="arguments"/></c>; <paramref name="echo"/> copies its output to stderr.</summary>
    public static CliProcess Start(string fileName, IReadOnlyList<string> arguments, bool echo)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var cli = new CliProcess(process, echo) { CommandLine = string.Join(' ', arguments.Prepend(fileName).Select(Quote)) };
        process.OutputDataReceived += (_, e) => cli.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => cli.Keep(e.Data);
        process.Exited += (_, _) => cli.OnExited();
        try
        {
            process.Start();
        }
        catch
        {
            cli.Dispose();
            throw;
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits until the child has exited and its output has been read; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    /// <summary>Why the child is gone, with its last lines, or its last lines only while it runs.</summary>
    public string Describe()
    {
        string[] lines;
        lock (_lock)
        {
            lines = [.. _tail];
        }
        var state = _process.HasExited ? $"it exited with code {_process.ExitCode}" : "it is still running";
        return $"{state}; its last output:\n  " + (lines.Length == 0 ? "(nothing)" : string.Join("\n  ", lines));
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Kill();
        _process.Dispose();
        _exited.Dispose();
    }

    private void OnProcessExit(object? sender, EventArgs e) => Kill();

    private void OnExited()
    {
        try
        {
            _exited.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Killed by Dispose: nobody is waiting any more.
        }
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or gone already.
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lock)
        {
            _tail.Enqueue(line);
            if (_tail.Count > KeptLines)
            {
                _tail.Dequeue();
            }
        }
        if (_echo)
        {
            Console.Error.WriteLine("  [preview] " + line);
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@%".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
