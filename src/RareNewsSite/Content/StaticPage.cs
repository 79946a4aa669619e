namespace RareNewsSite.Content;

/// <summary>A page such as About or Disclaimer from <c>input/pages/&lt;name&gt;.md</c>, at <c>/&lt;name&gt;/</c>.</summary>
public sealed record StaticPage(string Name, string Source, string Title, string? Description)
{
    /// <summary>The site-relative URL path.</summary>
    public string UrlPath => $"/{Name}/";

    /// <summary>True when the page asks for a place in the header menu (<c>menu: true</c>); every page is in the footer.</summary>
    public bool InMenu { get; init; }

    /// <summary>Its place among the menu's pages (<c>menu_order</c>, lowest first); null sorts after the numbered ones.</summary>
    public int? MenuOrder { get; init; }
}
