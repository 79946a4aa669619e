namespace RareNewsSite.Cli.Commands;

/// <summary>A clock stopped at one instant, for <c>--clock</c>.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
