namespace RareNewsSite.Tests.Trust;

/// <summary>The author and disease every trust test site needs, as Hugo-style text for <c>TestSite.FromText</c>.</summary>
internal static class TrustSites
{
    public const string Records = """
        -- input/authors/ann.md --
        ---
        name: Ann Author
        ---
        Ann writes about rare blood disorders.
        -- input/diseases/all.md --
        ---
        name: Acute lymphoblastic leukemia
        abbreviation: ALL
        last_reviewed: 2026-09-01
        ---
        ALL is a cancer of the blood and bone marrow.
        """;
}
