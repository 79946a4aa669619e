using System.Globalization;
using System.Text;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary><c>new article "Title" --author KEY [--disease KEY]</c>: a draft dated today, ready to write.</summary>
public sealed class NewArticleCommand(Output output) : Command<NewArticleSettings>
{
    public override int Execute(CommandContext context, NewArticleSettings settings, CancellationToken cancellationToken)
    {
        var files = new PhysicalFileSystem(settings.Root);
        var problem = NewFile.UnknownKey(files, "authors", "author", settings.Author!)
            ?? settings.Diseases.Select(d => NewFile.UnknownKey(files, "diseases", "disease", d)).FirstOrDefault(e => e is not null);
        if (problem is not null)
        {
            output.Error.WriteLine($"error: {problem}");
            return CliApp.ContentErrors;
        }
        var clock = settings.Clock is { } text
            ? new FixedClock(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
            : TimeProvider.System;
        var today = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yaml = new StringBuilder()
            .Append("title: ").AppendLine(NewFile.Quote(settings.Name))
            .Append("date: ").AppendLine(today)
            .Append("author: ").AppendLine(settings.Author)
            .Append("summary: ").AppendLine(NewFile.Quote(ArticlePlaceholders.Summary));
        if (settings.Diseases.Length > 0)
        {
            yaml.Append("diseases: [").Append(string.Join(", ", settings.Diseases)).AppendLine("]");
        }
        yaml.AppendLine("tags: []").AppendLine("draft: true");
        // `check` and `build` refuse this text once the draft is published (RN0113).
        return NewFile.Write(output, settings.Root, "articles", settings.Name, yaml.ToString(), ArticlePlaceholders.Body);
    }
}

/// <summary><c>new author "Name"</c>: an author record with a bio to fill in.</summary>
public sealed class NewAuthorCommand(Output output) : Command<NewSettings>
{
    public override int Execute(CommandContext context, NewSettings settings, CancellationToken cancellationToken) =>
        NewFile.Write(output, settings.Root, "authors", settings.Name,
            $"name: {NewFile.Quote(settings.Name)}\nrole: \"Writer\"\n",
            $"{settings.Name} writes about rare diseases. Replace this line with a short bio.\n");
}

/// <summary><c>new disease "Name"</c>: a disease record with a "What is …?" explainer to fill in.</summary>
public sealed class NewDiseaseCommand(Output output) : Command<NewSettings>
{
    public override int Execute(CommandContext context, NewSettings settings, CancellationToken cancellationToken) =>
        NewFile.Write(output, settings.Root, "diseases", settings.Name,
            $"name: {NewFile.Quote(settings.Name)}\nalso_known_as: []\nsymptoms: []\n",
            $"Explain what {settings.Name} is in plain words: who gets it, what it does, and how it is treated.\n");
}

/// <summary>What the <c>new</c> commands share: slugs, quoting, key checks and the no-overwrite write.</summary>
internal static class NewFile
{
    public static int Write(Output output, string root, string folder, string name, string frontMatter, string body)
    {
        var slug = Slugs.FromText(name);
        if (slug.Length == 0)
        {
            output.Error.WriteLine($"error: \"{name}\" gives no usable file name; use letters or digits");
            return CliApp.ContentErrors;
        }
        var relative = $"input/{folder}/{slug}.md";
        var files = new PhysicalFileSystem(root);
        if (files.ListFiles($"input/{folder}", ".md").FirstOrDefault(p => Path.GetFileNameWithoutExtension(p) == slug) is { } existing)
        {
            output.Error.WriteLine($"error: {existing} already exists; edit it, or choose another name");
            return CliApp.ContentErrors;
        }
        var path = Path.Combine(files.Root, "input", folder, slug + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.NewLine = "\n";
            writer.Write($"---\n{frontMatter}---\n{body}");
        }
        output.Out.WriteLine($"Created {relative}");
        return CliApp.Success;
    }

    /// <summary>An error message for a key with no record, with a "did you mean" hint; null when it exists.</summary>
    public static string? UnknownKey(ISiteFileSystem files, string folder, string kind, string key)
    {
        if (files.FileExists($"input/{folder}/{key}.md"))
        {
            return null;
        }
        var keys = files.ListFiles($"input/{folder}", ".md").Select(Path.GetFileNameWithoutExtension).OfType<string>();
        return Suggestions.Closest(key, keys) is { } hint
            ? $"unknown {kind} '{key}'; did you mean '{hint}'?"
            : $"unknown {kind} '{key}'; add input/{folder}/{key}.md first (rarenews new {kind} \"Name\")";
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
