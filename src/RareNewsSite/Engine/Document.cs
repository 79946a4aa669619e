using System.Collections.Immutable;

namespace RareNewsSite.Engine;

/// <summary>
/// An immutable unit of work flowing through a pipeline: where it came from, where it goes, what is
/// known about it, and what it was made from. Modules return new documents instead of changing one.
/// </summary>
public sealed record Document
{
    /// <summary>The input file, relative to the site root (<c>input/articles/a.md</c>), or null for generated pages.</summary>
    public string? Source { get; init; }

    /// <summary>The output file, relative to the output folder (<c>articles/a/index.html</c>), or null if not written.</summary>
    public string? Destination { get; init; }

    /// <summary>The text content; rendered HTML once a layout has been applied.</summary>
    public string Content { get; init; } = "";

    /// <summary>Binary content, for assets copied as they are.</summary>
    public ReadOnlyMemory<byte>? Bytes { get; init; }

    /// <summary>Typed values attached by modules; keys are in <see cref="Keys"/>.</summary>
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;

    /// <summary>
    /// What this output was made from: source files, records it shows, templates and settings.
    /// The preview uses it to rebuild only what a change touches. An entry ending in <c>/</c> stands for every
    /// file below that folder; one starting with <c>@</c> is a value (such as a page count), not a file.
    /// </summary>
    public ImmutableSortedSet<string> Dependencies { get; init; } = NoDependencies;

    /// <summary>An empty dependency set. Sets compare paths ordinally: the preview compares them for every page of every build.</summary>
    public static ImmutableSortedSet<string> NoDependencies { get; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>A dependency set of the given paths and values.</summary>
    public static ImmutableSortedSet<string> DependencySet(IEnumerable<string> dependencies) => NoDependencies.Union(dependencies);

    /// <summary>Returns a copy with one metadata value set (this document itself if it already holds that very value).</summary>
    public Document With(string key, object value) =>
        Metadata.SetItem(key, value) is var metadata && ReferenceEquals(metadata, Metadata) ? this : this with { Metadata = metadata };

    /// <summary>Returns a copy that also depends on the given inputs.</summary>
    public Document DependingOn(IEnumerable<string> inputs) =>
        inputs is ICollection<string> { Count: 0 } ? this : this with { Dependencies = Dependencies.Union(inputs) };

    /// <summary>Reads a typed metadata value, failing loudly if a module forgot to set it (a bug, not user error).</summary>
    public T Get<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed
        ? typed
        : throw new InvalidOperationException($"Document '{Source ?? Destination}' has no '{key}' of type {typeof(T).Name}.");

    /// <summary>Reads a typed metadata value or a default.</summary>
    public T? GetOrDefault<T>(string key) => Metadata.TryGetValue(key, out var value) && value is T typed ? typed : default;
}
