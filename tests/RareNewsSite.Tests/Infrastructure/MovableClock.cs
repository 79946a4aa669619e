namespace RareNewsSite.Tests.Infrastructure;

/// <summary>A clock a test moves forward, as time passes while a preview runs.</summary>
public sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
