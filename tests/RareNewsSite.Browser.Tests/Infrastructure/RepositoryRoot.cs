namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>Finds the repository (the folder holding RareNewsSite.sln) from the test's bin folder.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "RareNewsSite.sln";

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
}
