namespace RareNewsSite.Engine;

/// <summary>A clock stopped at one instant: <c>--clock</c>, the <c>Clock</c> setting, and tests.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
