using System.Globalization;
using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Markdown;
using RareNewsSite.Templates;

namespace RareNewsSite.Site;

/// <summary>
/// What every build starts from, a plain one or a preview's: the settings, the services made from them (Markdown
/// pipeline, theme, links) and the options, with the settings' <c>Clock</c> unless the caller chose one.
/// </summary>
/// <param name="Settings">The settings, or the defaults when <c>statiq.json</c> has errors (so content can still be checked).</param>
/// <param name="SettingsLoaded">False when <c>statiq.json</c> had errors.</param>
/// <param name="Services">The build-once services.</param>
/// <param name="Options">The request's options, with the settings' clock if the request kept the system clock.</param>
public sealed record BuildSetup(SiteSettings Settings, bool SettingsLoaded, SiteServices Services, BuildOptions Options)
{
    /// <summary>Loads the settings and the theme of <paramref name="files"/>, reporting their errors.</summary>
    public static BuildSetup Load(ISiteFileSystem files, BuildRequest request, DiagnosticBag diagnostics)
    {
        var settings = SiteSettingsLoader.Load(files, request.SettingOverrides, diagnostics);
        var loaded = !diagnostics.HasErrors;
        settings = loaded ? settings : new SiteSettings();
        var services = new SiteServices(
            MarkdownPipelineFactory.Create(settings.AllowRawHtml),
            TemplateRenderer.Load(files, diagnostics),
            new LinkBuilder(settings.LinkRoot, settings.Host, settings.LinksUseHttps));
        var options = request.Options;
        if (settings.Clock.Length > 0 && options.Clock == TimeProvider.System)
        {
            options = options with { Clock = new FixedClock(DateTimeOffset.Parse(settings.Clock, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)) };
        }
        return new BuildSetup(settings, loaded, services, options);
    }
}
