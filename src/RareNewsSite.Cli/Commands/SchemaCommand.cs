using System.ComponentModel;
using System.Text;
using RareNewsSite.Schemas;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli.Commands;

/// <summary>Options of <c>schema</c>.</summary>
public sealed class SchemaSettings : CommandSettings
{
    /// <summary>Where <c>rarenews init</c> puts the schemas, and so where its VS Code settings look for them.</summary>
    public const string DefaultFolder = ".vscode/schemas";

    [CommandOption("-o|--output <DIR>")]
    [Description("The folder to write the schema files into (created if missing; earlier schema files are replaced). Default: " + DefaultFolder + ".")]
    public string Output { get; init; } = DefaultFolder;
}

/// <summary>
/// <c>schema [--output DIR]</c>: writes the JSON Schemas of <c>statiq.json</c> and of each kind of front matter, for
/// editors' completion and checks. They describe this version of the tool, so writing them again after an update is
/// how a site keeps them current; only those files are replaced.
/// </summary>
public sealed class SchemaCommand(Output output) : Command<SchemaSettings>
{
    public override int Execute(CommandContext context, SchemaSettings settings, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(settings.Output);
        if (File.Exists(folder))
        {
            output.Error.WriteLine($"error: '{settings.Output}' is a file; --output needs a folder");
            return CliApp.BadUsage;
        }
        var files = EditorSchemas.All();
        Write(folder, files);
        output.Out.WriteLine($"Wrote {files.Count} JSON Schemas to {settings.Output}: {string.Join(", ", files.Select(f => f.FileName))}");
        return CliApp.Success;
    }

    /// <summary>Writes the schema files into <paramref name="folder"/> (also used by <c>init</c>).</summary>
    internal static void Write(string folder, IEnumerable<SchemaFile> files)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(folder, file.FileName), file.Json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }
}
