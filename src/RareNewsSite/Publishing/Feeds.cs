namespace RareNewsSite.Publishing;

/// <summary>What every feed shares.</summary>
public static class Feeds
{
    /// <summary>The newest articles a feed carries.</summary>
    public const int ItemCount = 20;
}
