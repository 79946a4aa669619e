using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using RareNewsSite.Benchmarks.Corpus;
using RareNewsSite.Benchmarks.Site;

namespace RareNewsSite.Benchmarks.Preview;

/// <summary>
/// <c>preview-e2e --articles 10000 --runs 9 --warmup 2</c>: what an editor feels. Starts the real CLI's
/// <c>preview</c> as a child process over a generated site, times it until <c>GET /</c> answers 200, listens to
/// the reload stream as an open page does, then saves files and times each save until the reload event arrives
/// (file watcher, debounce, rebuild and the event's trip included). Talks to the CLI only through its command
/// line, the file system and HTTP, so it measures any engine behind the same CLI.
/// </summary>
internal static class PreviewEndToEndBenchmark
{
    // Every generated date lies before it, as in the other benchmarks.
    private const string Clock = "2026-01-01";
    private const string EventsPath = "/_rarenews/events";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private static readonly string[] EditNames = ["article body", "article title", "author bio", "template"];

    private sealed record Edit(string Name, string Path, string Page, Func<string, int, string> Change, Func<int, string> Marker);

    private sealed record EditResult(string Name, IReadOnlyList<double> Times, int EarlyReloads, int StaleReloads);

    public static async Task<int> RunAsync(string[] args)
    {
        PreviewEndToEndOptions options;
        try
        {
            options = PreviewEndToEndOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        var unknown = options.Edits.Except(EditNames, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"error: unknown --edit {string.Join(", ", unknown)}; the edits are {string.Join(", ", EditNames)}");
            return 2;
        }
        using var cancel = new CancellationTokenSource();
        // Ctrl+C, kill and a closed terminal stop the benchmark here, so that the child is killed on the way out.
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            cancel.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);
        try
        {
            var repoRoot = RepositoryLocator.Find(options.Repo);
            var cli = options.Cli ?? await BuildCliAsync(repoRoot, cancel.Token);
            if (!File.Exists(cli))
            {
                throw new FileNotFoundException($"no CLI at {cli}; --cli takes the path of rarenews.dll");
            }
            var command = BenchmarkCommandLine(repoRoot, args);
            foreach (var count in options.Articles)
            {
                await RunSizeAsync(options, repoRoot, cli, count, command, cancel.Token);
            }
            return 0;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Console.Error.WriteLine("stopped; the preview process was killed");
            return 130;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or HttpRequestException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static async Task RunSizeAsync(PreviewEndToEndOptions options, string repoRoot, string cli, int count, string command, CancellationToken cancellationToken)
    {
        var site = Path.Combine(options.Work, count.ToString(CultureInfo.InvariantCulture), "preview-e2e");
        Console.Error.WriteLine($"generating {count:N0} articles into {site}…");
        var corpus = new CorpusGenerator().Generate(count);
        SiteFolderWriter.Write(corpus, site, repoRoot);
        var article = corpus.Articles[count / 2];
        var author = corpus.Authors[0];
        var byAuthor = corpus.Articles.First(a => a.Author == author.Key);
        // The same saves as the in-process `preview` benchmark; each run's text differs, and shows on the page.
        var edits = new Edit[]
        {
            new(EditNames[0], $"input/articles/{article.Slug}.md", $"/articles/{article.Slug}/",
                (text, i) => text.TrimEnd() + $"\n\nA new sentence number {i} from the benchmark.\n", i => $"A new sentence number {i} from the benchmark."),
            new(EditNames[1], $"input/articles/{article.Slug}.md", $"/articles/{article.Slug}/",
                (text, i) => ReplaceLine(text, "title: ", $"title: \"Benchmark title {i}\""), i => $"Benchmark title {i}"),
            new(EditNames[2], $"input/authors/{author.Key}.md", $"/articles/{byAuthor.Slug}/",
                (text, i) => text.TrimEnd() + $" Edit {i}.\n", i => $" Edit {i}."),
            new(EditNames[3], "theme/layouts/article.sbn-html", $"/articles/{article.Slug}/",
                (text, i) => text.TrimEnd() + $"\n<!-- edit {i} -->\n", i => $"<!-- edit {i} -->"),
        };

        var port = FreePort();
        string[] arguments =
        [
            cli, "preview", "--root", site, "--port", port.ToString(CultureInfo.InvariantCulture),
            "--debounce", options.Debounce.ToString(CultureInfo.InvariantCulture), "--clock", Clock,
            .. options.Settings.Prepend("PageSize=10").SelectMany(s => new[] { "--setting", s }),
        ];
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = Timeout.InfiniteTimeSpan, // the event stream stays open; each request has its own deadline
        };
        var loadBefore = LoadAverage();
        Console.Error.WriteLine($"starting the preview (load average {loadBefore})…");
        var starting = Stopwatch.StartNew();
        using var child = CliProcess.Start("dotnet", arguments, options.Verbose);
        var started = await WaitForHomeAsync(http, child, starting, options.StartTimeout, cancellationToken);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"preview start: {started.TotalMilliseconds:0} ms"));

        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, child.Exited);
        EventStreamClient events;
        try
        {
            (events, _) = await EventStreamClient.ConnectAsync(http, new Uri(http.BaseAddress, EventsPath), RequestTimeout, watching.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"the preview stopped before {EventsPath} answered: {child.Describe()}");
        }
        var results = new List<EditResult>();
        await using (events)
        {
            try
            {
                foreach (var edit in edits.Where(e => options.Edits.Count == 0 || options.Edits.Contains(e.Name)))
                {
                    results.Add(await TimeEditAsync(edit, site, options, http, events, child, watching.Token, cancellationToken));
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException($"the preview stopped between two saves: {child.Describe()}");
            }
        }
        var loadAfter = LoadAverage();
        Print(count, command, child.CommandLine, started, results, loadBefore, loadAfter, options);
    }

    private static async Task<EditResult> TimeEditAsync(Edit edit, string site, PreviewEndToEndOptions options, HttpClient http,
        EventStreamClient events, CliProcess child, CancellationToken watching, CancellationToken cancellationToken)
    {
        var full = Path.Combine(site, edit.Path);
        var original = await File.ReadAllTextAsync(full, cancellationToken);
        var times = new List<double>();
        int early = 0, stale = 0;
        var total = options.Warmups + options.Runs;
        for (var i = 0; i < total; i++)
        {
            // Made before the clock starts: the clock covers the save, not making its text.
            var bytes = Encoding.UTF8.GetBytes(edit.Change(original, i));
            var marker = edit.Marker(i);
            // An editor does not save twice within a moment; the pause also lets the last build's tidying finish.
            await Task.Delay(options.Pause, watching);
            early += events.DiscardPending(); // reloads that came before this save are not this save's
            var saved = Stopwatch.GetTimestamp();
            // Written at once, as an editor's save: opening, truncating and writing with no thread hop in between,
            // so the watcher cannot see (and the debounce cannot build) an empty file.
            File.WriteAllBytes(full, bytes);
            var (elapsed, skipped) = await WaitForReloadAsync(events, http, child, saved, edit.Page, html => html.Contains(marker, StringComparison.Ordinal),
                $"saving {edit.Path} ({edit.Name}, run {i + 1} of {total})", options, watching, cancellationToken);
            stale += skipped;
            var kind = i < options.Warmups ? "warm-up" : "run";
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{edit.Name} {kind} {i + 1}/{total}: {elapsed:0} ms"));
            if (i >= options.Warmups)
            {
                times.Add(elapsed);
            }
        }
        // Put it back as it was, and wait until the page no longer shows the last edit.
        var last = edit.Marker(total - 1);
        await Task.Delay(options.Pause, watching);
        events.DiscardPending();
        var restored = Stopwatch.GetTimestamp();
        File.WriteAllText(full, original);
        var (back, _) = await WaitForReloadAsync(events, http, child, restored, edit.Page, html => !html.Contains(last, StringComparison.Ordinal),
            $"restoring {edit.Path}", options, watching, cancellationToken);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{edit.Name} put back: {back:0} ms (not timed)"));
        return new EditResult(edit.Name, times, early, stale);
    }

    /// <summary>
    /// Milliseconds from <paramref name="saved"/> to the first reload event after it (with <c>--no-check</c>), or to
    /// the first one after which <paramref name="page"/> shows the save; and how many reloads came before that one.
    /// </summary>
    private static async Task<(double Elapsed, int Skipped)> WaitForReloadAsync(EventStreamClient events, HttpClient http, CliProcess child, long saved,
        string page, Func<string, bool> shows, string what, PreviewEndToEndOptions options, CancellationToken watching, CancellationToken cancellationToken)
    {
        var skipped = 0;
        try
        {
            while (true)
            {
                var left = options.EventTimeout - Stopwatch.GetElapsedTime(saved);
                var next = left > TimeSpan.Zero ? await events.NextAsync(saved, left, watching) : null;
                if (next is null)
                {
                    throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                        $"no reload event within {options.EventTimeout.TotalSeconds:0} s of {what}{(skipped > 0 ? $" ({skipped} reloads came, but {page} did not show the change)" : "")}; the preview: {child.Describe()}"));
                }
                if (next.Name != "reload")
                {
                    continue;
                }
                var elapsed = Stopwatch.GetElapsedTime(saved, next.ArrivedAt).TotalMilliseconds;
                // The page is fetched after the clock stopped; a reload from an earlier, unfinished save does not count.
                if (!options.Check || shows(await GetPageAsync(http, page, watching)))
                {
                    return (elapsed, skipped);
                }
                skipped++;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"the preview stopped while {what}: {child.Describe()}");
        }
    }

    private static async Task<string> GetPageAsync(HttpClient http, string page, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(RequestTimeout);
        using var response = await http.GetAsync(page, deadline.Token);
        return response.StatusCode == HttpStatusCode.OK
            ? await response.Content.ReadAsStringAsync(deadline.Token)
            : throw new InvalidOperationException($"GET {page} answered {(int)response.StatusCode}; the benchmark reads that page to see each edit (--no-check times without it)");
    }

    /// <summary>From process start until <c>GET /</c> first answers 200, asking every 50 ms.</summary>
    private static async Task<TimeSpan> WaitForHomeAsync(HttpClient http, CliProcess child, Stopwatch starting, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, child.Exited);
        try
        {
            while (true)
            {
                using (var probe = CancellationTokenSource.CreateLinkedTokenSource(watching.Token))
                {
                    probe.CancelAfter(RequestTimeout);
                    try
                    {
                        using var response = await http.GetAsync("/", HttpCompletionOption.ResponseHeadersRead, probe.Token);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            return starting.Elapsed;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // Not listening yet: the server starts once the first build is done.
                    }
                    catch (OperationCanceledException) when (!watching.IsCancellationRequested)
                    {
                        // This one request took too long; ask again.
                    }
                }
                if (starting.Elapsed > timeout)
                {
                    throw new TimeoutException($"GET / did not answer 200 within {timeout.TotalSeconds:0} s of starting the preview (--start-timeout); the preview: {child.Describe()}");
                }
                await Task.Delay(PollInterval, watching.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"the preview stopped before it served /: {child.Describe()}");
        }
    }

    private static void Print(int count, string command, string preview, TimeSpan started, IReadOnlyList<EditResult> results,
        string loadBefore, string loadAfter, PreviewEndToEndOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Preview end to end, {count:N0} articles");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"`{command}`");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Preview process: `{preview}`");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"From the start of each save to the reload event on `{EventsPath}`; {options.Warmups} warm-up and {options.Runs} timed saves per edit, {options.Pause.TotalMilliseconds:0} ms apart.");
        text.AppendLine();
        text.AppendLine("| Edit | Median | Min | Max |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var result in results)
        {
            var sorted = result.Times.Order().ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {result.Name} | {sorted[sorted.Count / 2]:N0} ms | {sorted[0]:N0} ms | {sorted[^1]:N0} ms |");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"| *preview start* (process start to the first 200 from `GET /`) | {started.TotalMilliseconds:N0} ms | | |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Load average (1, 5, 15 min) on {Environment.ProcessorCount} logical cores: before {loadBefore}, after {loadAfter}.");
        foreach (var result in results.Where(r => r.EarlyReloads > 0 || r.StaleReloads > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{result.Name}: {result.StaleReloads} reloads came before the page showed the save, {result.EarlyReloads} came during the pauses between saves (more than one build per save).");
        }
        Console.WriteLine(text.ToString());
    }

    /// <summary>Builds <c>src/RareNewsSite.Cli</c> in Release into a temp folder; returns the path of <c>rarenews.dll</c>.</summary>
    private static async Task<string> BuildCliAsync(string repoRoot, CancellationToken cancellationToken)
    {
        var project = Path.Combine(repoRoot, "src", "RareNewsSite.Cli");
        var output = Path.Combine(Path.GetTempPath(), "rarenews-preview-e2e-cli");
        Console.Error.WriteLine($"building {project} in Release into {output}…");
        using var build = CliProcess.Start("dotnet", ["build", project, "-c", "Release", "-o", output, "--nologo", "-v", "quiet"], echo: false);
        var exitCode = await build.WaitForExitAsync(cancellationToken);
        var dll = Path.Combine(output, "rarenews.dll");
        return exitCode == 0 && File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"dotnet build of the CLI failed (pass --cli PATH to use one built already): {build.Describe()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string BenchmarkCommandLine(string repoRoot, string[] args)
    {
        var program = Environment.GetCommandLineArgs()[0];
        var relative = Path.GetRelativePath(repoRoot, program);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? program : relative;
        return string.Join(' ', new[] { "dotnet", shown, "preview-e2e" }.Concat(args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a)));
    }

    private static string ReplaceLine(string text, string prefix, string line)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        lines[index] = line;
        return string.Join('\n', lines);
    }
}
