using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Images;

namespace RareNewsSite.Modules;

/// <summary>
/// Reads the theme's share card font and header colours once, into one document with a <see cref="ShareCardStyle"/>,
/// so drawing a card per article neither reads nor parses the font again. No font, no document (and no drawn cards).
/// </summary>
internal sealed partial class ReadShareCardStyle : IModule
{
    private const string Css = "theme/assets/site.css";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Files.FileExists(ShareCard.FontPath))
        {
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }
        var (background, foreground) = HeaderColours(context);
        try
        {
            var style = ShareCardStyle.Load(context.Files.ReadAllBytes(ShareCard.FontPath), background, foreground);
            return Task.FromResult(ImmutableArray.Create(new Document { Source = ShareCard.FontPath }.With(ShareCardStyle.Key, style)));
        }
        catch (ImageException error)
        {
            context.Diagnostics.Error(SourceSpan.File(context.Files.ShownPath(ShareCard.FontPath)), DiagnosticIds.BrokenImage, error.Message);
            return Task.FromResult(ImmutableArray<Document>.Empty);
        }
    }

    // The header band's colours of the theme's light scheme (the first --header-bg and --header-text in site.css).
    private static (string Background, string Foreground) HeaderColours(BuildContext context)
    {
        var text = context.Files.FileExists(Css) ? Encoding.UTF8.GetString(context.Files.ReadAllBytes(Css)) : "";
        string Variable(string name, string fallback) =>
            CssVariable().Matches(text).FirstOrDefault(m => m.Groups[1].Value == name)?.Groups[2].Value ?? fallback;
        return (Variable("header-bg", "#005eb8"), Variable("header-text", "#ffffff"));
    }

    [GeneratedRegex(@"--([a-z-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\s*;")]
    private static partial Regex CssVariable();
}
