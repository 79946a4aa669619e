using System.Text;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Site;

namespace RareNewsSite.Tests.Infrastructure;

/// <summary>
/// A site held in memory, written Hugo-style as one text: <c>-- path --</c> lines start each file.
/// Sites without a theme get <see cref="MinimalTheme"/>, and without <c>statiq.json</c> a host, so a test
/// only writes what it is about.
/// </summary>
public sealed class TestSite
{
    private TestSite(InMemoryFileSystem files) => Files = files;

    public InMemoryFileSystem Files { get; }

    public static TestSite FromText(string text)
    {
        var files = new InMemoryFileSystem();
        string? path = null;
        var content = new StringBuilder();
        void Flush()
        {
            if (path is not null)
            {
                files.Add(path, content.ToString());
            }
            content.Clear();
        }
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                path = line[3..^3].Trim();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }
        Flush();
        if (!files.FileExists("statiq.json"))
        {
            // A host, so feeds and the sitemap are written as on a real site (and no RN0403 warning).
            files.Add("statiq.json", """{ "Host": "example.org" }""");
        }
        if (files.ListFiles("theme", ".sbn-html").Count == 0)
        {
            MinimalTheme.AddTo(files);
        }
        return new TestSite(files);
    }

    public BuiltSite Build(BuildOptions? options = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var output = new InMemoryOutputFolder();
        var request = new BuildRequest
        {
            Options = options ?? new BuildOptions { Clock = TestClock.Default },
            SettingOverrides = settings ?? new Dictionary<string, string>(),
        };
        var result = SiteBuilder.BuildAsync(Files, output, request).GetAwaiter().GetResult();
        return new BuiltSite(result, output);
    }
}
