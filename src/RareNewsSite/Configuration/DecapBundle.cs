namespace RareNewsSite.Configuration;

/// <summary>
/// The Decap CMS release the admin page loads by default (<c>CmsScript</c>'s default): pinned, and checked by the browser against its
/// Subresource Integrity hash, so a changed file on the CDN is refused rather than run with the editors' GitHub login.
/// The repository's package.json pins the same version (the browser test runs it), and a test compares the hash with
/// that package's file.
/// </summary>
internal static class DecapBundle
{
    /// <summary>The npm version of <c>decap-cms</c>.</summary>
    public const string Version = "3.16.3";

    /// <summary>The bundle on unpkg.com, which serves the npm package's files unchanged.</summary>
    public const string PinnedScript = "https://unpkg.com/decap-cms@" + Version + "/dist/decap-cms.js";

    /// <summary>The SHA-384 of <c>dist/decap-cms.js</c> in that package.</summary>
    public const string PinnedIntegrity = "sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p";
}
