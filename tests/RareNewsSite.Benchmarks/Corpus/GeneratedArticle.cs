namespace RareNewsSite.Benchmarks.Corpus;

/// <summary>One generated article: its front matter values and its Markdown body (links written as <c>other.md</c>).</summary>
internal sealed record GeneratedArticle
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required DateOnly Date { get; init; }

    public required string Author { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<string> Diseases { get; init; }

    public required IReadOnlyList<string> Drugs { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required IReadOnlyList<(string Title, string Url)> Sources { get; init; }

    /// <summary>The ids of the <c>##</c> headings, so other articles can link to them.</summary>
    public required IReadOnlyList<string> HeadingIds { get; init; }

    public required IReadOnlyList<string> Headings { get; init; }

    public string Body { get; init; } = "";
}
