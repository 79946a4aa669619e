namespace RareNewsSite.Benchmarks.Corpus;

/// <summary>One generated disease record (<c>input/diseases/&lt;key&gt;.md</c>).</summary>
internal sealed record GeneratedDisease(string Key, string Name, string Abbreviation, string Orpha, IReadOnlyList<string> Symptoms, string Body);
