using Scriban;

namespace RareNewsSite.Templates.Functions;

/// <summary>The <c>url</c> namespace: links that honour LinkRoot and Host, and fingerprinted assets.</summary>
public static class UrlFunctions
{
    /// <summary>A site path as a link, under LinkRoot.</summary>
    [TemplateExample("{{ url.to '/about/' }}", "/news/about/")]
    public static string To(TemplateContext context, string path) => Site(context).Links.To(path);

    /// <summary>A site path as an absolute URL (needs Host for a full URL).</summary>
    [TemplateExample("{{ url.absolute '/about/' }}", "https://example.org/news/about/")]
    public static string Absolute(TemplateContext context, string path) => Site(context).Links.Absolute(path);

    /// <summary>The fingerprinted link of a theme asset.</summary>
    [TemplateExample("{{ url.asset 'site.css' }}", "/news/assets/site.0123abcd.css")]
    public static string Asset(TemplateContext context, string name) =>
        Site(context).Assets.TryGetValue(name, out var path)
            ? Site(context).Links.To(path)
            : throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan, $"unknown asset '{name}'");

    /// <summary>Percent-encodes a value for a query string (share links).</summary>
    [TemplateExample("{{ url.encode 'a b&c' }}", "a%20b%26c")]
    public static string Encode(string value) => Uri.EscapeDataString(value);

    private static TemplateSite Site(TemplateContext context) => ((HtmlTemplateContext)context).Site;
}
