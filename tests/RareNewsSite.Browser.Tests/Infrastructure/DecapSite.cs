using System.Text.Json;
using System.Text.Json.Nodes;
using RareNewsSite.Building;
using YamlDotNet.Serialization;

namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>
/// A site in a temporary folder with the Decap CMS editor on, loading the bundle from its own copy (README's
/// self-hosted option: the test has no internet) and saving through decap-server on a free 127.0.0.1 port.
/// </summary>
internal sealed class DecapSite : IDisposable
{
    private DecapSite(string root) => Root = root;

    /// <summary>The site's folder.</summary>
    public string Root { get; }

    /// <summary>Where it is built.</summary>
    public string Output => Path.Combine(Root, "output");

    /// <summary>The port decap-server will listen on; the site's <c>CmsLocalBackend</c> names it.</summary>
    public int DecapPort { get; } = StaticFileServer.FreePort();

    /// <summary>An empty site folder.</summary>
    public static DecapSite Create() => new(Path.Combine(Path.GetTempPath(), "rarenews-decap-" + Guid.NewGuid().ToString("N")));

    /// <summary>Writes <c>statiq.json</c>: <paramref name="settings"/> plus the CMS settings of this test site.</summary>
    public void WriteSettings(JsonObject settings)
    {
        settings["GenerateCms"] = true;
        settings["CmsRepository"] = "example-org/rare-news";
        settings["CmsLocalBackend"] = $"http://127.0.0.1:{DecapPort}/api/v1";
        settings["CmsScript"] = "/assets/decap/decap-cms.js";
        Write("statiq.json", settings.ToJsonString());
    }

    /// <summary>Copies the example site's content (<c>input/</c>) and settings from the repository.</summary>
    public void CopyExampleSite()
    {
        var repo = RepositoryRoot.Find();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repo, "input"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(repo, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        WriteSettings(JsonNode.Parse(File.ReadAllText(Path.Combine(repo, "statiq.json")), documentOptions: options)!.AsObject());
    }

    /// <summary>
    /// Copies the npm package's bundle into <c>input/assets/decap/</c>: <c>decap-cms.js</c> and the chunks and WebAssembly
    /// it loads from beside itself, not the source maps or the <c>cms.js</c> build of the same code.
    /// </summary>
    public void CopyBundle()
    {
        var bundle = Path.Combine(Root, "input", "assets", "decap");
        Directory.CreateDirectory(bundle);
        foreach (var file in Directory.EnumerateFiles(DecapPackages.BundleFolder))
        {
            var name = Path.GetFileName(file);
            if (Path.GetExtension(name) is ".js" or ".wasm" && !name.StartsWith("cms", StringComparison.Ordinal) && !name.Contains(".cms.", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(bundle, name));
            }
        }
    }

    /// <summary>Writes a file of the site.</summary>
    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Builds the site into <see cref="Output"/>; fails the test with the diagnostics when it does not build.</summary>
    public async Task<BuildResult> BuildAsync()
    {
        var result = await SiteBuilder.BuildToFolderAsync(Root, Output, new BuildRequest());
        result.Succeeded.ShouldBeTrue(string.Join('\n', result.Diagnostics));
        return result;
    }

    /// <summary>The front matter (as YAML reads it: every scalar as text) and the body of a Markdown file.</summary>
    public static (Dictionary<string, object> FrontMatter, string Body) Split(string text)
    {
        text.ShouldStartWith("---\n");
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        end.ShouldBePositive(text);
        var yaml = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(text[4..end]);
        return (yaml, text[(end + 5)..]);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
