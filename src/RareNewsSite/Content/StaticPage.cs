namespace RareNewsSite.Content;

/// <summary>A page such as About or Disclaimer from <c>input/pages/&lt;name&gt;.md</c>, at <c>/&lt;name&gt;/</c>.</summary>
public sealed record StaticPage(string Name, string Source, string Title, string? Description)
{
    /// <summary>The site-relative URL path.</summary>
    public string UrlPath => $"/{Name}/";
}
