namespace RareNewsSite.Cli.ExternalLinks;

/// <summary>
/// What an address answered: an HTTP status (with the new address of a redirect), or a problem reaching it
/// (<paramref name="Problem"/>: "timed out after 10 s", "could not connect: Connection refused").
/// </summary>
public sealed record LinkResult(int? Status, string? Location, string? Problem, DateTimeOffset Checked)
{
    /// <summary>True when a server answered, so the result can be kept for a day.</summary>
    public bool Answered => Status is not null;
}
