using RareNewsSite.Engine;

namespace RareNewsSite.Site.Views;

/// <summary>A trial on a disease page's "Trials in our coverage": its number, its registry link and the articles about it.</summary>
public sealed record TrialCoverageView(string Id, string Url, ValueArray<LinkView> Articles);
