namespace RareNewsSite.Engine;

/// <summary>How a build was asked for, apart from the site's own settings.</summary>
public sealed record BuildOptions
{
    /// <summary>Include articles marked <c>draft: true</c>.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Include articles dated after "now".</summary>
    public bool IncludeFuture { get; init; }

    /// <summary>The clock that decides what "now" is.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Also run the editorial checks of <c>check</c>: heading order and readability (warnings).</summary>
    public bool EditorialChecks { get; init; }
}
