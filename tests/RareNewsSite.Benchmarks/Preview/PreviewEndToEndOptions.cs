using System.Globalization;

namespace RareNewsSite.Benchmarks.Preview;

/// <summary>
/// Options of <c>preview-e2e</c>: <c>--articles 10000 --runs 9 --warmup 2 [--cli PATH] [--work DIR] [--repo DIR]
/// [--debounce 10] [--timeout 120] [--start-timeout 900] [--pause 1000] [--setting Key=value]… [--edit NAME]…
/// [--no-check] [--verbose]</c>.
/// </summary>
internal sealed record PreviewEndToEndOptions
{
    public IReadOnlyList<int> Articles { get; init; } = [10_000];

    public int Runs { get; init; } = 9;

    public int Warmups { get; init; } = 2;

    /// <summary><c>--cli PATH</c>: the CLI's dll (<c>rarenews.dll</c>); without it, <c>src/RareNewsSite.Cli</c> is built in Release into a temp folder.</summary>
    public string? Cli { get; init; }

    public string? Repo { get; init; }

    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "rarenews-bench");

    /// <summary><c>--debounce MS</c>, passed on to <c>preview --debounce</c>.</summary>
    public int Debounce { get; init; } = 10;

    /// <summary><c>--timeout S</c>: how long to wait for one reload event before failing.</summary>
    public TimeSpan EventTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary><c>--start-timeout S</c>: how long the first build may take before <c>GET /</c> answers.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(900);

    /// <summary><c>--pause MS</c>: the quiet time between one reload and the next save, as between an editor's saves.</summary>
    public TimeSpan Pause { get; init; } = TimeSpan.FromMilliseconds(1_000);

    /// <summary><c>--setting Key=value</c>, passed on to <c>preview --setting</c> after <c>PageSize=10</c>.</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary><c>--edit "article body"</c> (repeatable): time only these edits.</summary>
    public IReadOnlyList<string> Edits { get; init; } = [];

    /// <summary>
    /// <c>--no-check</c>: stop the clock at the first reload after the save, without fetching the page to see
    /// that it shows the edit (for an engine whose pages live at other addresses).
    /// </summary>
    public bool Check { get; init; } = true;

    /// <summary><c>--verbose</c>: echo the preview's own output on stderr.</summary>
    public bool Verbose { get; init; }

    public static PreviewEndToEndOptions Parse(IReadOnlyList<string> args)
    {
        var options = new PreviewEndToEndOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--articles" => options with { Articles = [.. Value().Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))] },
                "--runs" => options with { Runs = Number() },
                "--warmup" => options with { Warmups = Number() },
                "--cli" => options with { Cli = Path.GetFullPath(Value()) },
                "--repo" => options with { Repo = Value() },
                "--work" => options with { Work = Path.GetFullPath(Value()) },
                "--debounce" => options with { Debounce = Number() },
                "--timeout" => options with { EventTimeout = TimeSpan.FromSeconds(Number()) },
                "--start-timeout" => options with { StartTimeout = TimeSpan.FromSeconds(Number()) },
                "--pause" => options with { Pause = TimeSpan.FromMilliseconds(Number()) },
                "--setting" => options with { Settings = [.. options.Settings, Value()] },
                "--edit" => options with { Edits = [.. options.Edits, Value()] },
                "--no-check" => options with { Check = false },
                "--verbose" => options with { Verbose = true },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        if (options.Runs < 1 || options.Warmups < 0 || options.Articles.Any(n => n < 1))
        {
            throw new ArgumentException("--runs and --articles must be at least 1, --warmup at least 0");
        }
        return options;
    }
}
