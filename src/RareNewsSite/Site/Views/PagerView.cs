namespace RareNewsSite.Site.Views;

/// <summary>Where a paginated list is: page <c>Number</c> of <c>Total</c>, with neighbours' links.</summary>
public sealed record PagerView(int Number, int Total, string? PreviousUrl, string? NextUrl);
