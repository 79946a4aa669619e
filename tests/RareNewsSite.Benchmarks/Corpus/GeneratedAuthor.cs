namespace RareNewsSite.Benchmarks.Corpus;

/// <summary>One generated author (<c>input/authors/&lt;key&gt;.md</c>).</summary>
internal sealed record GeneratedAuthor(string Key, string Name, string Role, string Bio);
