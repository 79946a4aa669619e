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
    private readonly Action<MarkdownDocument, string, string?[]>? _pointImages;
    private MarkdownDocument? _tree;
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
        _tree = tree;
        _pipeline = pipeline;
        _images = images;
        _frontMatter = frontMatter;
    }

    private ParsedMarkdown(string path, string text, MarkdownPipeline pipeline, string?[] images, Action<MarkdownDocument, string, string?[]> pointImages)
    {
        Path = path;
        Text = text;
        _pipeline = pipeline;
        _images = images;
        _pointImages = pointImages;
    }

    /// <summary>
    /// The file as it was parsed, kept as what it is made from (a build cache on disk keeps no tree): the tree is parsed
    /// again when a step first asks for it, and <paramref name="pointImages"/> points its images at
    /// <paramref name="images"/> as the first parse did.
    /// </summary>
    internal static ParsedMarkdown Later(string path, string text, MarkdownPipeline pipeline, string?[] images, Action<MarkdownDocument, string, string?[]> pointImages) =>
        new(path, text, pipeline, images, pointImages);

    /// <summary>The Markdown pipeline the file was parsed with.</summary>
    internal MarkdownPipeline Pipeline => _pipeline;

    /// <summary>The published address given to each image of the tree, in the tree's order (null: left as written).</summary>
    internal IReadOnlyList<string?> Images => _images;

    /// <summary>The file, relative to the site root.</summary>
    public string Path { get; }

    /// <summary>The file's text; the tree points into it.</summary>
    public string Text { get; }

    /// <summary>The syntax tree of the whole file. It stays as parsed: nothing writes into it after the parse.</summary>
    // Two threads asking at once for a tree parsed later may both parse it: either tree is the same, and one is kept.
    public MarkdownDocument Tree => _tree ?? Interlocked.CompareExchange(ref _tree, ParseAgain(), null) ?? _tree;

    private MarkdownDocument ParseAgain()
    {
        var tree = Markdig.Markdown.Parse(Text, _pipeline);
        _pointImages!(tree, Path, _images);
        return tree;
    }

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
