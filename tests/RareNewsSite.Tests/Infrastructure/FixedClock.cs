namespace RareNewsSite.Tests.Infrastructure;

/// <summary>A stopped clock, so scheduled posts and output are the same on every run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The "now" every test site uses unless it says otherwise.</summary>
    public static readonly FixedClock Default = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
