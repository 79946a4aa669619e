namespace RareNewsSite.Incremental;

/// <summary>
/// A token that stays the same object from build to build while the clock has not reached the date of any
/// scheduled article seen so far, so whether each article is published yet is as it was. Steps that ask the clock
/// about an article (<see cref="Watch"/>) put the token in their list key; once the clock passes a watched date, a
/// new token makes them look at every article again, and they watch the dates still ahead.
/// </summary>
public sealed class ScheduleVersion
{
    private readonly Lock _lock = new();
    private object _token = new();
    private DateTimeOffset _next = DateTimeOffset.MaxValue;

    /// <summary>The token for a build at <paramref name="now"/>.</summary>
    public object Token(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (now >= _next)
            {
                _token = new object();
                _next = DateTimeOffset.MaxValue;
            }
            return _token;
        }
    }

    /// <summary>A step decided something about an article dated <paramref name="date"/> at <paramref name="now"/>.</summary>
    public void Watch(DateTimeOffset date, DateTimeOffset now)
    {
        if (date <= now)
        {
            return;
        }
        lock (_lock)
        {
            if (date < _next)
            {
                _next = date;
            }
        }
    }
}
