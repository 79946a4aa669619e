namespace RareNewsSite.Engine;

/// <summary>
/// Stands in, in a cold build, for a value that its pipeline keeps only for the Process phase
/// (<see cref="Pipeline.ProcessOnly"/>, <see cref="Pipeline.PassOnly"/>), once it has been released: reading it then is a
/// bug in the pipeline's declaration, and it fails loudly rather than reading as "no value".
/// </summary>
internal sealed class ReleasedValue
{
    /// <summary>The one stand-in; every released value is this, so released documents still compare by their other values.</summary>
    public static ReleasedValue Instance { get; } = new();

    private ReleasedValue()
    {
    }

    /// <summary>The error for reading <paramref name="key"/> of <paramref name="document"/> after it was released.</summary>
    public static InvalidOperationException Error(string key, string? document) =>
        new($"'{key}' of '{document}' was released: its pipeline lists it in ProcessOnly (read only in the Process phase of the " +
            "pipeline and of those that depend on it) or PassOnly (read only in the pipeline's own Process phase). Read it where that allows, " +
            "declare the dependency, or take it off the list.");
}
