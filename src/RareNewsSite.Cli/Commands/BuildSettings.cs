using System.ComponentModel;
using RareNewsSite.Building;
using RareNewsSite.Images;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>build</c>.</summary>
public sealed class BuildSettings : ContentSelectionSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("Where to write the site, relative to the root. Default: output")]
    public string Output { get; init; } = "output";

    [CommandOption("--base-url <URL>")]
    [Description("Build for another address, such as a preview deployment: https://preview-42.example.pages.dev/news/ sets Host, LinkRoot and LinksUseHttps for this build, over statiq.json and --setting.")]
    public string? BaseUrl { get; init; }

    [CommandOption("--cache <DIR>")]
    [Description("Where to keep what the next build reuses (which files the output holds, the files made from photos), relative to the root. Default: .rarenews/cache")]
    public string? Cache { get; init; }

    [CommandOption("--no-cache")]
    [Description("Neither read nor keep anything in the cache folder: every file is written and every photo's files made again.")]
    public bool NoCache { get; init; }

    [CommandOption("--incremental")]
    [Description("Keep how each page was made in the cache folder, and take a page from the last output when what it is made from is the same: a rebuild makes again only the pages an edit touched. The first such build takes longer than a plain one.")]
    public bool Incremental { get; init; }

    public override ValidationResult Validate()
    {
        if (NoCache && Cache is not null)
        {
            return ValidationResult.Error("--cache and --no-cache cannot be given together");
        }
        if (NoCache && Incremental)
        {
            return ValidationResult.Error("--incremental keeps what it reuses in the cache folder, so it cannot be given with --no-cache");
        }
        if (BaseUrl is not null && !TryParseBaseUrl(BaseUrl, out _))
        {
            return ValidationResult.Error($"--base-url expects an absolute http:// or https:// address without query or fragment, such as https://preview.example.org/news/, not \"{BaseUrl}\"");
        }
        return base.Validate();
    }

    /// <summary>The engine request, with <c>--base-url</c>'s settings winning over every other source.</summary>
    internal BuildRequest ToBuildRequest()
    {
        var request = ToRequest() with { CacheFolder = Cache, UseCache = !NoCache, Incremental = Incremental };
        if (NoCache || Cache is not null)
        {
            request = request with
            {
                ImageStore = NoCache ? ProcessedImageStore.InMemory() : ProcessedImageStore.InFolder(Path.Combine(Path.GetFullPath(Path.Combine(Root, Cache!)), "images")),
            };
        }
        if (BaseUrl is null || !TryParseBaseUrl(BaseUrl, out var settings))
        {
            return request;
        }
        var overrides = new Dictionary<string, string>(request.SettingOverrides, StringComparer.Ordinal);
        foreach (var (key, value) in settings)
        {
            overrides[key] = value;
        }
        return request with { SettingOverrides = overrides };
    }

    /// <summary>The settings an address stands for: its host (with a port, if any), its path as LinkRoot, and its scheme.</summary>
    internal static bool TryParseBaseUrl(string text, out IReadOnlyDictionary<string, string> settings)
    {
        settings = new Dictionary<string, string>();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0 || uri.Host.Length == 0)
        {
            return false;
        }
        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Host"] = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}",
            ["LinkRoot"] = Uri.UnescapeDataString(path),
            ["LinksUseHttps"] = uri.Scheme == "https" ? "true" : "false",
        };
        return true;
    }
}
