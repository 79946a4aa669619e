namespace RareNewsSite.Tests.Infrastructure;

/// <summary>The "now" every test site uses unless it says otherwise.</summary>
public static class TestClock
{
    public static readonly RareNewsSite.Engine.FixedClock Default = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
}
