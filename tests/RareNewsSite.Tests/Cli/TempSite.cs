using RareNewsSite.Tests.Infrastructure;

namespace RareNewsSite.Tests.Cli;

/// <summary>A copy of a fixture site in a temporary folder, deleted on dispose.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite(string fixture)
    {
        Root = Path.Combine(Path.GetTempPath(), "rns-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Path.Combine(RepoPaths.TestProject, "Fixtures", fixture), Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>Copies a folder tree (a fixture site) to another folder.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
