using System.Text.RegularExpressions;
using RareNewsSite.Tests.Cli;
using RareNewsSite.Tests.Infrastructure;
using RareNewsSite.Tests.Publishing;
using Shouldly;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace RareNewsSite.Tests.Docs;

/// <summary>Issue #15: the deployment recipes in deploy/ are the ones the README shows, and what they run works.</summary>
public sealed partial class DeploymentRecipeTests
{
    private static string Recipe(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", name));

    [Theory]
    [InlineData("github-pages.yml", "yaml")]
    [InlineData("gitlab-pages.yml", "yaml")]
    [InlineData("nginx.conf", "nginx")]
    public void Should_Show_Each_Recipe_In_The_Readme_As_It_Is(string name, string language) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ShouldContain($"```{language}\n{Recipe(name)}```\n");

    [Theory]
    [InlineData("github-pages.yml", "https://rare-news.github.io/site")]
    [InlineData("gitlab-pages.yml", "https://rare-news.gitlab.io/site")]
    public async Task Should_Run_Every_Rarenews_Command_Of_A_Ci_Recipe_On_The_Example_Site(string name, string pagesUrl)
    {
        // Given: the recipe's commands, with the address the CI would fill in
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Recipe(name)));
        var commands = Scalars(yaml.Documents[0].RootNode)
            .Where(s => s.StartsWith(".tools/rarenews ", StringComparison.Ordinal))
            .Select(s => s.Replace("\"${{ steps.pages.outputs.base_url }}/\"", pagesUrl + "/", StringComparison.Ordinal)
                .Replace("\"$CI_PAGES_URL/\"", pagesUrl + "/", StringComparison.Ordinal))
            .ToList();
        commands.Count.ShouldBe(2); // check, then build
        using var site = new ExampleSiteCopy();

        // When / Then: each runs as written, and the build is for the Pages address
        foreach (var command in commands)
        {
            var run = await CliRun.RunAsync([.. command[".tools/rarenews ".Length..].Split(' '), "-r", site.Root]);
            run.ExitCode.ShouldBe(0, $"{command}\n{run.Out}\n{run.Error}");
        }
        var output = commands.Last().Split(' ')[commands.Last().Split(' ').ToList().IndexOf("-o") + 1];
        File.ReadAllText(Path.Combine(site.Root, output, "index.html")).ShouldContain($"""<link rel="canonical" href="{pagesUrl}/">""");
    }

    [Fact]
    public async Task Should_Give_The_Nginx_Rule_For_Immutable_Assets_Exactly_The_Files_Headers_Marks_Immutable()
    {
        // Given: the example site built, and the nginx location for fingerprinted assets
        using var site = new ExampleSiteCopy();
        (await CliRun.RunAsync("build", "-r", site.Root)).ExitCode.ShouldBe(0);
        var location = new Regex(NginxRegexLocation().Match(Recipe("nginx.conf")).Groups[1].Value);
        var headers = HeadersFile.Parse(File.ReadAllText(site.PathOf("output/_headers")));
        var files = Directory.EnumerateFiles(site.PathOf("output"), "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.PathOf("output"), f).Replace('\\', '/')).ToList();

        // Then
        var immutable = files.Where(f => headers.Match(f).SequenceEqual(["public, max-age=31536000, immutable"])).Order(StringComparer.Ordinal).ToList();
        immutable.ShouldNotBeEmpty();
        files.Where(f => location.IsMatch(f)).Order(StringComparer.Ordinal).ShouldBe(immutable);
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } => [value],
        YamlMappingNode map => map.Children.SelectMany(c => Scalars(c.Value)),
        YamlSequenceNode list => list.SelectMany(Scalars),
        _ => [],
    };

    [GeneratedRegex("location ~ \"([^\"]+)\"")]
    private static partial Regex NginxRegexLocation();
}
