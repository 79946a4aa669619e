using System.Globalization;
using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Markdown;
using RareNewsSite.Site;
using RareNewsSite.Templates;

namespace RareNewsSite.Building;

/// <summary>
/// What every build starts from, a plain one or a preview's: the settings, the build inputs made from them (Markdown
/// pipeline, theme, links) and the options, with the settings' <c>Clock</c> unless the caller chose one.
/// </summary>
/// <param name="Settings">The settings, or the defaults when <c>statiq.json</c> has errors (so content can still be checked).</param>
/// <param name="SettingsLoaded">False when <c>statiq.json</c> had errors.</param>
/// <param name="Inputs">What modules read with <see cref="BuildContext.Input{T}"/>, by type.</param>
/// <param name="Options">The request's options, with the settings' clock if the request kept the system clock.</param>
public sealed record BuildSetup(SiteSettings Settings, bool SettingsLoaded, IReadOnlyDictionary<Type, object> Inputs, BuildOptions Options)
{
    /// <summary>
    /// Loads the settings and the theme of <paramref name="files"/>, reporting the settings' errors. The theme is parsed
    /// while the build goes on; <see cref="ReportTheme"/> adds its errors.
    /// </summary>
    public static BuildSetup Load(ISiteFileSystem files, BuildRequest request, DiagnosticBag diagnostics)
    {
        var settings = SiteSettingsLoader.Load(files, request.SettingOverrides, diagnostics);
        var loaded = !diagnostics.HasErrors;
        settings = loaded ? settings : new SiteSettings();
        if (loaded && settings.Host.Length == 0)
        {
            diagnostics.Warning(SourceSpan.File(SiteSettingsLoader.FileName), DiagnosticIds.NoHost,
                "'Host' is empty, so feeds and the sitemap are not written (they need absolute URLs)");
        }
        if (loaded && settings.GenerateCms && settings.CmsRepository.Length == 0)
        {
            diagnostics.Warning(SourceSpan.File(SiteSettingsLoader.FileName), DiagnosticIds.CmsWithoutRepository,
                "'GenerateCms' is on but 'CmsRepository' is empty, so /admin/ can only save through decap-server on this computer; "
                + "set it to the site's GitHub repository, such as \"example-org/rare-news\"");
        }
        var inputs = new Dictionary<Type, object>
        {
            [typeof(SiteSettings)] = settings,
            [typeof(LinkBuilder)] = new LinkBuilder(settings.LinkRoot, settings.Host, settings.LinksUseHttps),
            [typeof(Markdig.MarkdownPipeline)] = MarkdownPipelineFactory.For(settings.AllowRawHtml),
            [typeof(TemplateRenderer)] = TemplateRenderer.Start(files),
            [typeof(Images.ProcessedImageStore)] = request.ImageStore,
        };
        var options = request.Options;
        if (settings.Clock.Length > 0 && options.Clock == TimeProvider.System)
        {
            options = options with { Clock = new FixedClock(DateTimeOffset.Parse(settings.Clock, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)) };
        }
        return new BuildSetup(settings, loaded, inputs, options);
    }

    /// <summary>Adds the theme's syntax errors and warnings to <paramref name="diagnostics"/>, waiting for its parse if need be.</summary>
    public void ReportTheme(DiagnosticBag diagnostics) => ((TemplateRenderer)Inputs[typeof(TemplateRenderer)]).ReportTo(diagnostics);
}
