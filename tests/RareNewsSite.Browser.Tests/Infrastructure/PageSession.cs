using Microsoft.Playwright;

namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>A page in its own browser context; disposing closes both, so tests never share state.</summary>
public sealed class PageSession(IBrowserContext context, IPage page, int status) : IAsyncDisposable
{
    /// <summary>The loaded page.</summary>
    public IPage Page { get; } = page;

    /// <summary>The HTTP status of the navigation.</summary>
    public int Status { get; } = status;

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
