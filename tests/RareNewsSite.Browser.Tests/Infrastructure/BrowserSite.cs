namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>Every browser test class joins this collection to share one <see cref="SiteFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSite : ICollectionFixture<SiteFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Built site in Chromium";
}
