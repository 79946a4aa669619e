namespace RareNewsSite.Incremental;

/// <summary>
/// The last value of type <typeparamref name="T"/> a step made in a preview session, for a step that compares its
/// next inputs with those the value was made from itself (by position), so it needs no key. Each step's own type
/// <typeparamref name="T"/> gives it its own slot in <see cref="BuildMemory"/>.
/// </summary>
public sealed class LastMade<T> where T : class
{
    /// <summary>The value, or null before the first build.</summary>
    public T? Value { get; set; }
}
