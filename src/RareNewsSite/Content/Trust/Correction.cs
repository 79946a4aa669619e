namespace RareNewsSite.Content.Trust;

/// <summary>One entry of an article's <c>corrections</c>: when it was corrected and what changed, in plain text.</summary>
public sealed record Correction(DateTimeOffset Date, string Text);
