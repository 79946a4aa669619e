using System.ComponentModel;
using RareNewsSite.Content;
using RareNewsSite.Themes;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>theme eject</c>.</summary>
public sealed class ThemeEjectSettings : SiteCommandSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("Built-in theme files to copy, such as theme/layouts/article.sbn-html or partials/footer.sbn-html. Default: all of them.")]
    public string[] Files { get; init; } = [];
}

/// <summary>
/// <c>theme eject [FILE]…</c>: copies built-in theme files into the site's <c>theme/</c>, where they override the
/// built-in ones and can be changed. Never overwrites a site's file.
/// </summary>
public sealed class ThemeEjectCommand(Output output) : Command<ThemeEjectSettings>
{
    public override int Execute(CommandContext context, ThemeEjectSettings settings, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(settings.Root);
        var named = settings.Files.Length > 0;
        var wanted = new List<string>();
        foreach (var file in settings.Files)
        {
            var path = file.Replace('\\', '/').TrimStart('/');
            path = path.StartsWith("theme/", StringComparison.Ordinal) ? path : "theme/" + path;
            if (!BuiltInTheme.Files.ContainsKey(path))
            {
                var hint = Suggestions.Closest(path, BuiltInTheme.Paths) is { } closest ? $"; did you mean '{closest}'?" : "; rarenews theme eject without a file copies them all";
                output.Error.WriteLine($"error: the built-in theme has no file '{path}'{hint}");
                return CliApp.BadUsage;
            }
            wanted.Add(path);
        }
        var paths = named ? wanted.Distinct(StringComparer.Ordinal).ToList() : [.. BuiltInTheme.Paths];
        var existing = paths.Where(p => File.Exists(Path.Combine(root, p))).ToList();
        if (named && existing.Count > 0)
        {
            foreach (var path in existing)
            {
                output.Error.WriteLine($"error: {path} already exists in the site; it is the one used, and it was left as it is");
            }
            return CliApp.ContentErrors;
        }
        foreach (var path in paths.Except(existing))
        {
            var target = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, BuiltInTheme.Files[path]);
            output.Out.WriteLine($"Copied {path}");
        }
        foreach (var path in existing)
        {
            output.Out.WriteLine($"Kept {path} (the site's own)");
        }
        return CliApp.Success;
    }
}
