namespace RareNewsSite.Benchmarks.Site;

/// <summary>Finds the repository root: the folder holding <c>RareNewsSite.sln</c>, walking up from the program.</summary>
internal static class RepositoryLocator
{
    public static string Find(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RareNewsSite.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("RareNewsSite.sln not found above the program; pass --repo <folder>");
    }
}
