using RareNewsSite.Building;
using RareNewsSite.IO;
using RareNewsSite.Site;
using Shouldly;

namespace RareNewsSite.Tests.Infrastructure;

/// <summary>A finished in-memory build: its result and its files.</summary>
public sealed record BuiltSite(BuildResult Result, InMemoryOutputFolder Output)
{
    /// <summary>Diagnostics as the CLI prints them.</summary>
    public IReadOnlyList<string> Diagnostics => [.. Result.Diagnostics.Select(d => d.ToString())];

    /// <summary>A written file's text; fails the test with the diagnostics when the file is missing.</summary>
    public string File(string path)
    {
        Output.Contains(path).ShouldBeTrue($"'{path}' was not written. Diagnostics:\n{string.Join('\n', Diagnostics)}\nFiles:\n{string.Join('\n', Output.Paths)}");
        return Output.ReadText(path);
    }

    /// <summary>Fails unless the build succeeded.</summary>
    public BuiltSite ShouldSucceed()
    {
        Result.Succeeded.ShouldBeTrue(string.Join('\n', Diagnostics));
        return this;
    }
}
