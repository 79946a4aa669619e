using RareNewsSite.IO;

namespace RareNewsSite.Tests.Infrastructure;

/// <summary>Copies the repository's real theme into an in-memory site, for tests about what the theme prints.</summary>
public static class RepoTheme
{
    public static TestSite WithRepoTheme(this TestSite site)
    {
        var theme = Path.Combine(RepoPaths.Root, "theme");
        foreach (var file in Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories))
        {
            site.Files.Add("theme/" + Path.GetRelativePath(theme, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
        return site;
    }
}
