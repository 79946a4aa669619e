using System.Globalization;

namespace RareNewsSite.Benchmarks.Site;

/// <summary>
/// Options of the <c>site</c> command: <c>--articles 1000,10000 --runs 5 [--warmup 1] [--repo DIR] [--work DIR]
/// [--no-hugo] [--no-build] [--no-report] [--env KEY=VALUE]... [--variant LABEL:Key=value]...</c> (<c>--env</c> applies
/// to our builds only, to compare runtime settings such as <c>DOTNET_gcServer=1</c>; each <c>--variant</c> adds one
/// more build of ours per run, alternating with the others, with <c>--setting Key=value</c>, e.g.
/// <c>no-search:GenerateSearchIndex=false</c>).
/// </summary>
internal sealed record SiteBenchmarkOptions
{
    public IReadOnlyList<int> Articles { get; init; } = [1_000, 10_000];

    public int Runs { get; init; } = 5;

    public int Warmups { get; init; } = 1;

    public string? Repo { get; init; }

    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "rarenews-bench");

    public bool Hugo { get; init; } = true;

    public bool BuildCli { get; init; } = true;

    public bool WriteReport { get; init; } = true;

    /// <summary><c>--profile</c> (preview only): after each edit, the modules that took the most time.</summary>
    public bool Profile { get; init; }

    /// <summary><c>--setting Key=value</c> (preview only): a setting override, e.g. <c>GenerateSearchIndex=false</c> to time the rest.</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary><c>--edit "article body"</c> (preview only, repeatable): time only these edits.</summary>
    public IReadOnlyList<string> Edits { get; init; } = [];

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra builds of ours: a label and the <c>Key=value</c> setting overrides passed as <c>--setting</c>.</summary>
    public IReadOnlyList<(string Label, string Setting)> Variants { get; init; } = [];

    public static SiteBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SiteBenchmarkOptions();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--articles" => options with { Articles = [.. Value().Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))] },
                "--runs" => options with { Runs = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmups = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--repo" => options with { Repo = Value() },
                "--work" => options with { Work = Path.GetFullPath(Value()) },
                "--no-hugo" => options with { Hugo = false },
                "--no-build" => options with { BuildCli = false },
                "--no-report" => options with { WriteReport = false },
                "--profile" => options with { Profile = true },
                "--setting" => options with { Settings = [.. options.Settings, Value()] },
                "--edit" => options with { Edits = [.. options.Edits, Value()] },
                "--env" => AddEnvironment(options, environment, Value()),
                "--variant" => AddVariant(options, Value()),
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return options;
    }

    private static SiteBenchmarkOptions AddVariant(SiteBenchmarkOptions options, string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || value.IndexOf('=', colon) <= colon + 1)
        {
            throw new ArgumentException($"--variant expects LABEL:Key=value, not \"{value}\"");
        }
        return options with { Variants = [.. options.Variants, (value[..colon], value[(colon + 1)..])] };
    }

    private static SiteBenchmarkOptions AddEnvironment(SiteBenchmarkOptions options, Dictionary<string, string> environment, string pair)
    {
        var index = pair.IndexOf('=', StringComparison.Ordinal);
        if (index <= 0)
        {
            throw new ArgumentException($"--env expects KEY=VALUE, not \"{pair}\"");
        }
        environment[pair[..index]] = pair[(index + 1)..];
        return options with { Environment = environment };
    }
}
