using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Content;

/// <summary>
/// A Markdown file as parsed: its syntax tree and its front matter, held as one value (<c>Keys.MarkdownAst</c>).
/// Equal to another when it was parsed from the same text of the same file, with the same Markdown pipeline, and its
/// images were pointed at the same published files: everything the tree is made from. A Markdig tree is an object
/// equal only to itself, so a document holding one could never be equal to the same page parsed again; this value
/// can, which is what the engine compares when it decides that a step made what it made before.
/// </summary>
public sealed class ParsedMarkdown : IEquatable<ParsedMarkdown>
{
    private readonly MarkdownPipeline _pipeline;
    private readonly string?[] _images;
    private FrontMatter? _frontMatter;

    /// <param name="path">The file, relative to the site root.</param>
    /// <param name="text">The file's whole text, front matter included.</param>
    /// <param name="tree">What <paramref name="pipeline"/> parsed <paramref name="text"/> into, images already pointed at their files.</param>
    /// <param name="pipeline">The Markdown pipeline it was parsed with (one per build setup, so compared as the same object).</param>
    /// <param name="images">The published address each image of the tree was given, in the tree's order (null: left as written).</param>
    /// <param name="frontMatter">The front matter as read when the tree was made, or null to read it from the tree when asked.</param>
    internal ParsedMarkdown(string path, string text, MarkdownDocument tree, MarkdownPipeline pipeline, string?[] images, FrontMatter? frontMatter)
    {
        Path = path;
        Text = text;
        Tree = tree;
        _pipeline = pipeline;
        _images = images;
        _frontMatter = frontMatter;
    }

    /// <summary>The file, relative to the site root.</summary>
    public string Path { get; }

    /// <summary>The file's text; the tree points into it.</summary>
    public string Text { get; }

    /// <summary>The syntax tree of the whole file. It stays as parsed: nothing writes into it after the parse.</summary>
    public MarkdownDocument Tree { get; }

    /// <summary>
    /// The front matter. Read when the file was first parsed, with its problems reported then; for a tree parsed again
    /// later, read from the tree the first time it is asked for, reporting nothing (it was all reported the first time).
    /// </summary>
    // Two threads asking at once may both read it: the same front matter either way.
    internal FrontMatter FrontMatter =>
        _frontMatter ??= FrontMatterReader.Read(Path, Tree.Descendants<YamlFrontMatterBlock>().First(), new DiagnosticBag())!;

    /// <inheritdoc />
    public bool Equals(ParsedMarkdown? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || !ReferenceEquals(_pipeline, other._pipeline) || _images.Length != other._images.Length
            || !string.Equals(Path, other.Path, StringComparison.Ordinal) || !string.Equals(Text, other.Text, StringComparison.Ordinal))
        {
            return false;
        }
        for (var i = 0; i < _images.Length; i++)
        {
            if (!string.Equals(_images[i], other._images[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParsedMarkdown);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Text.Length);
}
