using RareNewsSite.Tests.Infrastructure;

namespace RareNewsSite.Tests.Cli;

/// <summary>A copy of the repository's example site (statiq.json, input/, theme/) in a temporary folder.</summary>
public sealed class ExampleSiteCopy : IDisposable
{
    public ExampleSiteCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "rns-example-" + Guid.NewGuid().ToString("N"));
        File.Copy(Path.Combine(RepoPaths.Root, "statiq.json"), Path.Combine(Root, "statiq.json").EnsureFolder());
        foreach (var folder in (string[])["input", "theme"])
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*", SearchOption.AllDirectories))
            {
                File.Copy(file, Path.Combine(Root, Path.GetRelativePath(RepoPaths.Root, file)).EnsureFolder());
            }
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string content) => File.WriteAllText(PathOf(relative).EnsureFolder(), content);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

internal static class PathExtensions
{
    public static string EnsureFolder(this string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return file;
    }
}
