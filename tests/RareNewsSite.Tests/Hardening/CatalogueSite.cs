using RareNewsSite.Tests.Infrastructure;

namespace RareNewsSite.Tests.Hardening;

/// <summary>A small valid site (author 'ann', disease 'cf', article 'good') to which a test adds one bad file.</summary>
internal static class CatalogueSite
{
    public const string Article = "---\ntitle: T\ndate: 2026-01-01\nauthor: ann\nsummary: S\n---\n";

    public static TestSite With(string path, string content)
    {
        var site = TestSite.FromText("""
            -- input/authors/ann.md --
            ---
            name: Ann
            ---
            Bio.
            -- input/diseases/cf.md --
            ---
            name: Cystic fibrosis
            ---
            About CF.
            -- input/articles/good.md --
            ---
            title: Good
            date: 2026-01-01
            author: ann
            summary: S
            ---
            ## Results

            Fine.
            """);
        site.Files.Add(path, content);
        return site;
    }

    /// <summary>The diagnostics of a site whose article <c>a.md</c> has this front matter and body.</summary>
    public static IReadOnlyList<string> Diagnostics(string frontMatter, string body = "Body.\n") =>
        With("input/articles/a.md", $"---\n{frontMatter}\n---\n{body}").Build().Diagnostics;
}
