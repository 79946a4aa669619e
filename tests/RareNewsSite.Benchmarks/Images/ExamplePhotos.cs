namespace RareNewsSite.Benchmarks.Images;

/// <summary>
/// Writes the example site's photos (<c>input/assets/photos/</c>): microscope-style pictures painted by
/// <see cref="PhotoPainter"/>, at the size of a phone's photo, so the example site shows what publishing a real photo
/// costs and saves. <c>dotnet run -c Release --project tests/RareNewsSite.Benchmarks -- example-photos</c>.
/// </summary>
internal static class ExamplePhotos
{
    private static readonly (string Name, int Seed)[] Photos = [("blood-smear.jpg", 2026)];

    public static int Run(string[] args)
    {
        var repo = Site.RepositoryLocator.Find(args.SkipWhile(a => a != "--repo").Skip(1).FirstOrDefault());
        var folder = Path.Combine(repo, "input", "assets", "photos");
        Directory.CreateDirectory(folder);
        foreach (var (name, seed) in Photos)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, PhotoPainter.Paint(4000, 3000, seed, quality: 85));
            Console.WriteLine($"{Path.GetRelativePath(repo, path)}: {new FileInfo(path).Length:N0} bytes");
        }
        return 0;
    }
}
