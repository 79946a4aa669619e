namespace RareNewsSite.Publishing;

/// <summary>What every feed shares.</summary>
internal static class Feeds
{
    /// <summary>The newest articles a feed carries.</summary>
    public const int ItemCount = 20;
}
