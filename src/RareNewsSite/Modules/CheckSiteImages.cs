using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>
/// Checks that the logo and favicon the settings name are among the published files of <c>input/assets/</c> (its
/// inputs), so a misspelt file name is an error rather than a broken image on every page.
/// </summary>
internal sealed class CheckSiteImages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var settings = context.Input<SiteSettings>();
        var published = inputs.Select(d => Markdown.Images.ImagePaths.SitePathOf(d.Source!)).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, value) in new[] { ("Logo", settings.Logo), ("Favicon", settings.Favicon) })
        {
            if (value.StartsWith("/assets/", StringComparison.Ordinal) && !published.Contains(value))
            {
                var hint = Content.Suggestions.Closest(value, published) is { } best ? $"; did you mean '{best}'?" : "; put the file in input/assets/";
                context.Diagnostics.Error(SourceSpan.File("statiq.json"), DiagnosticIds.InvalidSettingValue, $"'{key}' names '{value}', which does not exist{hint}");
            }
        }
        return Task.FromResult(inputs);
    }
}
