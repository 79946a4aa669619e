namespace RareNewsSite.Site.Views;

/// <summary>One line of the site's corrections log: the correction and the article it belongs to.</summary>
/// <param name="Date">When the article was corrected.</param>
/// <param name="Text">What was wrong and what is right now.</param>
/// <param name="Title">The article's headline.</param>
/// <param name="Url">The article's link.</param>
public sealed record CorrectionView(DateTimeOffset Date, string Text, string Title, string Url);
