using Markdig;
using RareNewsSite.Templates;

namespace RareNewsSite.Site;

/// <summary>The services built once per build and shared by every module.</summary>
public sealed record SiteServices(MarkdownPipeline Markdown, TemplateRenderer Templates, LinkBuilder Links)
{
    /// <summary>Fingerprinted asset names (<c>site.css</c> to <c>assets/site.1a2b3c4d.css</c>), filled by the Assets pipeline.</summary>
    public Dictionary<string, string> Assets { get; } = new(StringComparer.Ordinal);

    /// <summary>What template functions may read.</summary>
    public TemplateSite TemplateSite => new(Links, Assets);
}
