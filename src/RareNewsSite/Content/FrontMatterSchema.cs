namespace RareNewsSite.Content;

/// <summary>The keys each kind of content file may have; anything else is a warning with a hint.</summary>
internal static class FrontMatterSchema
{
    /// <summary>Article keys.</summary>
    public static readonly IReadOnlyCollection<string> Article =
    [
        "title", "date", "updated", "author", "authors", "summary", "diseases", "drugs", "tags", "sources",
        "image", "image_alt", "image_caption", "image_credit", "image_credit_url", "image_license", "image_license_url", "image_focus", "reviewed_by", "last_reviewed", "next_review", "corrections", "trials", "draft", "slug", "aliases",
    ];

    /// <summary>Author keys.</summary>
    public static readonly IReadOnlyCollection<string> Author = ["name", "role", "avatar", "links"];

    /// <summary>Disease keys.</summary>
    public static readonly IReadOnlyCollection<string> Disease =
        ["name", "also_known_as", "abbreviation", "orpha", "omim", "icd10", "symptoms", "last_reviewed", "next_review", "reviewed_by"];

    /// <summary>Medical reviewer keys.</summary>
    public static readonly IReadOnlyCollection<string> Reviewer = ["name", "credentials", "job_title", "affiliation", "links"];

    /// <summary>Static page keys.</summary>
    public static readonly IReadOnlyCollection<string> Page = ["title", "description", "menu", "menu_order"];
}
