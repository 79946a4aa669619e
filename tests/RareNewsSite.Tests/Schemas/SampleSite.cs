using RareNewsSite.Tests.Infrastructure;

namespace RareNewsSite.Tests.Schemas;

/// <summary>A small valid site with one file of each kind, one of whose front matter keys is set to a given value.</summary>
public static class SampleSite
{
    private static readonly string[] Kinds = ["article", "author", "disease", "reviewer", "page"];

    /// <summary>The file of each kind in the sample site.</summary>
    public static string PathOf(string kind) => kind switch
    {
        "article" => "input/articles/a.md",
        "author" => "input/authors/ann.md",
        "disease" => "input/diseases/fabry-disease.md",
        "reviewer" => "input/reviewers/rev.md",
        "page" => "input/pages/about.md",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The minimal valid front matter of each kind, key by key.</summary>
    public static Dictionary<string, string> Minimal(string kind) => kind switch
    {
        "article" => new() { ["title"] = "A", ["date"] = "2026-01-02", ["author"] = "ann", ["summary"] = "What the study found." },
        "author" => new() { ["name"] = "Ann Author" },
        "disease" => new() { ["name"] = "Fabry disease" },
        "reviewer" => new() { ["name"] = "Rev Reviewer" },
        "page" => new() { ["title"] = "About" },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The site, with <paramref name="key"/> of the <paramref name="kind"/> file set to a YAML value (null: left out).</summary>
    public static TestSite With(string kind, string key, string? value)
    {
        string File(string k)
        {
            var front = Minimal(k);
            if (k == kind)
            {
                if (value is null)
                {
                    front.Remove(key);
                }
                else
                {
                    front[key] = value;
                }
            }
            var lines = string.Join('\n', front.Select(e => $"{e.Key}: {e.Value}"));
            return $"-- {PathOf(k)} --\n---\n{lines}\n---\nSome words about it.\n";
        }
        return TestSite.FromText(
            "-- statiq.json --\n{ \"SiteTitle\": \"T\" }\n"
            + "-- input/assets/a.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"></svg>\n"
            + string.Concat(Kinds.Select(File)));
    }
}
