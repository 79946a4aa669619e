using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>new author</c> and <c>new disease</c>: the name.</summary>
public class NewSettings : SiteCommandSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The name (or, for an article, the title); the file name is its slug.")]
    public string Name { get; init; } = "";
}

/// <summary>Options of <c>new article</c>.</summary>
public sealed class NewArticleSettings : NewSettings
{
    [CommandOption("--author <KEY>")]
    [Description("The author's key (input/authors/KEY.md).")]
    public string? Author { get; init; }

    [CommandOption("--disease <KEY>")]
    [Description("A disease key (input/diseases/KEY.md); repeatable.")]
    public string[] Diseases { get; init; } = [];

    [CommandOption("--clock <DATE>")]
    [Description("Date the article as if today were this ISO 8601 date.")]
    public string? Clock { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Author))
        {
            return ValidationResult.Error("new article needs --author KEY");
        }
        if (Clock is not null && !DateTimeOffset.TryParse(Clock, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return ValidationResult.Error($"--clock expects an ISO 8601 date, not \"{Clock}\"");
        }
        return base.Validate();
    }
}
