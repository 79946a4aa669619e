namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>Finds the repository (the folder holding RareNewsSite.sln) from the test's bin folder.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "RareNewsSite.sln";

    private static readonly string[] SiteFolders = ["input", "theme"];

    /// <summary>The repository root; throws when the tests run outside a checkout.</summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No {SolutionFile} above '{AppContext.BaseDirectory}'.");
    }

    /// <summary>Copies the example site (statiq.json, input/, theme/) into <paramref name="root"/>, which it creates.</summary>
    public static void CopyExampleSite(string root)
    {
        var repository = Find();
        Directory.CreateDirectory(root);
        File.Copy(Path.Combine(repository, "statiq.json"), Path.Combine(root, "statiq.json"));
        foreach (var folder in SiteFolders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(repository, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
