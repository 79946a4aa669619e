namespace RareNewsSite.Benchmarks.Phases;

/// <summary>A clock stopped at one instant, as the CLI's <c>--clock</c> gives.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
