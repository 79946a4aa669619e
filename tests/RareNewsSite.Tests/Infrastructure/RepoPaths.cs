namespace RareNewsSite.Tests.Infrastructure;

/// <summary>Finds folders of the repository from the test's bin folder.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding RareNewsSite.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>This test project's source folder.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "RareNewsSite.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RareNewsSite.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("RareNewsSite.sln not found above the test's folder.");
    }
}
