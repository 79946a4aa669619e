using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

/// <summary>
/// <c>--help</c> for every command and subcommand, through the real program in its own process. The commands are
/// found by reading the help itself (its COMMANDS list), so a command added later is covered without a new line here.
/// </summary>
public sealed class HelpTests
{
    // Regression: issue #14 (descriptions were read as console markup: "[--disease KEY]" crashed the help).
    [Fact]
    public async Task Should_Show_Help_With_An_Example_For_Every_Command()
    {
        // Given: the root help, then every command it lists, and every subcommand of those
        var pending = new Queue<string[]>([[]]);
        var seen = new List<string>();
        while (pending.TryDequeue(out var path))
        {
            // When
            var run = await CliProcess.RunCliAsync([.. path, "--help"]);

            // Then
            var name = path.Length == 0 ? "rarenews" : "rarenews " + string.Join(' ', path);
            seen.Add(name);
            run.ExitCode.ShouldBe(0, $"{name} --help: {run.Error}");
            run.Error.ShouldBeEmpty($"{name} --help");
            run.Out.ShouldContain("USAGE:", customMessage: name);
            run.Out.ShouldContain("EXAMPLES:", customMessage: name);
            run.Out.ShouldContain($"\n    {name}", customMessage: $"{name}: an example starting with the command");
            foreach (var command in Commands(run.Out))
            {
                pending.Enqueue([.. path, command]);
            }
        }
        seen.ShouldBe([
            "rarenews", "rarenews init", "rarenews build", "rarenews preview", "rarenews serve", "rarenews clean", "rarenews check", "rarenews schema", "rarenews new",
            "rarenews new article", "rarenews new author", "rarenews new disease", "rarenews theme", "rarenews theme eject",
            "rarenews list", "rarenews list review-due", "rarenews list drafts", "rarenews list scheduled", "rarenews list recent",
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Show_The_Article_Options_With_Their_Brackets()
    {
        var run = await CliRun.RunAsync("new", "article", "--help");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("--author KEY [--disease KEY]");
        run.Out.ShouldContain("rarenews new article \"Fabry disease clinic opens\" --author jessica-lynn");
    }

    /// <summary>The first word of each line of the help's COMMANDS section.</summary>
    private static IEnumerable<string> Commands(string help)
    {
        var lines = help.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var start = Array.IndexOf(lines, "COMMANDS:");
        if (start < 0)
        {
            yield break;
        }
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.Length > 0))
        {
            // "    build      Build the site…"; wrapped description lines are indented further.
            if (line.StartsWith("    ", StringComparison.Ordinal) && line[4] != ' ')
            {
                yield return line[4..].Split(' ')[0];
            }
        }
    }
}
