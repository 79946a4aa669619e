namespace RareNewsSite.Content.Trust;

/// <summary>A published article or disease record that names a review date: what the review check and <c>list review-due</c> read.</summary>
/// <param name="Source">Its file, relative to the site root.</param>
/// <param name="Title">The article's title or the disease's name.</param>
/// <param name="Review">Its review dates.</param>
public sealed record ReviewedPage(string Source, string Title, ReviewCycle Review);
