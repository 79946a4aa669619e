using System.Collections.Immutable;

namespace RareNewsSite.Content;

/// <summary>
/// The front matter one kind of content file may have (articles, authors, ...): the keys the build reads and warns
/// about, and the source of the JSON Schema editors get for the same files.
/// </summary>
/// <param name="Kind">A lower-case name: <c>article</c>, <c>author</c>, ... (the schema file is <c>&lt;kind&gt;.schema.json</c>).</param>
/// <param name="Folder">The folder under the site root whose Markdown files have this front matter.</param>
/// <param name="Fields">Every key, in the order an editor would write them.</param>
internal sealed record ContentSchema(string Kind, string Folder, ImmutableArray<FrontMatterField> Fields)
{
    /// <summary>Sets of keys of which a file needs at least one (an article's <c>author</c> or <c>authors</c>).</summary>
    public ImmutableArray<ImmutableArray<string>> NeedsOneOf { get; init; } = [];

    /// <summary>What the Markdown body below the front matter is, for editors (the CMS shows it beside the text).</summary>
    public string Body { get; init; } = "The text, in Markdown.";

    private IReadOnlyCollection<string>? _names;

    /// <summary>Every key's name, for the unknown-key warning and its "did you mean".</summary>
    public IReadOnlyCollection<string> Names => _names ??= [.. Fields.Select(f => f.Name)];

    /// <summary>The field of that name, or null.</summary>
    public FrontMatterField? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
