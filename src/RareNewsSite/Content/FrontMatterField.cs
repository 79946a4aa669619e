using System.Collections.Immutable;

namespace RareNewsSite.Content;

/// <summary>
/// One front matter key: its name, how it is read, and what it means for an editor (the JSON Schemas' description).
/// <paramref name="Required"/>: a missing key is an error. <paramref name="Pattern"/>: a regular expression the text (or
/// each list item) must match, shared with the reader's own check. <see cref="ItemFields"/>: the fields of each
/// mapping of a <see cref="FieldType.MappingList"/>.
/// </summary>
internal sealed record FrontMatterField(string Name, FieldType Type, string Description, bool Required = false, string? Pattern = null)
{
    /// <summary>The fields of each item of a <see cref="FieldType.MappingList"/>; empty otherwise.</summary>
    public ImmutableArray<FrontMatterField> ItemFields { get; init; } = [];

    /// <summary>For a mapping list: sets of item fields of which each item needs at least one (title and url-or-doi-or-pmid).</summary>
    public ImmutableArray<ImmutableArray<string>> ItemNeedsOneOf { get; init; } = [];

    /// <summary>
    /// The kind (<see cref="ContentSchema.Kind"/>) whose file names this key's values are (an article's <c>author</c>
    /// names <c>input/authors/&lt;key&gt;.md</c>), or null: the CMS configuration offers them as a choice.
    /// </summary>
    public string? RefersTo { get; init; }
}
