using RareNewsSite.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace RareNewsSite.Cli;

/// <summary>The command tree. Exit codes: 0 success, 1 content errors, 2 bad usage, 3 an internal error.</summary>
public static class CliApp
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;
    public const int InternalError = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var app = new CommandApp(new Registrar(stdout, stderr));
        app.Configure(config =>
        {
            config.SetApplicationName("rarenews");
            config.SetApplicationVersion(ToolVersion.Current);
            config.UseStrictParsing();
            config.ConfigureConsole(AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Out = new AnsiConsoleOutput(stdout),
                Interactive = InteractionSupport.No,
            }));
            config.AddCommand<InitCommand>("init").WithDescription("Start a new site in an empty folder: init FOLDER [--title \"...\"].");
            config.AddCommand<BuildCommand>("build").WithDescription("Build the site into the output folder.");
            config.AddCommand<PreviewCommand>("preview").WithDescription("Build with drafts, serve on 127.0.0.1:5080, rebuild on save and reload open pages.");
            config.AddCommand<ServeCommand>("serve").WithDescription("Serve the built output folder on 127.0.0.1:5080.");
            config.AddCommand<CleanCommand>("clean").WithDescription("Delete the output folder.");
            config.AddCommand<CheckCommand>("check").WithDescription("Validate everything a build does, plus headings and readability; write nothing.");
            config.AddBranch("new", branch =>
            {
                branch.SetDescription("Create a new article, author or disease file.");
                branch.AddCommand<NewArticleCommand>("article").WithDescription("A draft article dated today: new article \"Title\" --author KEY [--disease KEY].");
                branch.AddCommand<NewAuthorCommand>("author").WithDescription("An author: new author \"Name\".");
                branch.AddCommand<NewDiseaseCommand>("disease").WithDescription("A disease: new disease \"Name\".");
            });
            config.AddBranch("theme", branch =>
            {
                branch.SetDescription("The theme built into the tool; a site's own theme/ files override it file by file.");
                branch.AddCommand<ThemeEjectCommand>("eject").WithDescription("Copy built-in theme files into theme/ to change them: theme eject [FILE]...");
            });
            config.SetExceptionHandler((exception, _) =>
            {
                if (exception is CommandAppException)
                {
                    stderr.WriteLine($"error: {exception.Message}");
                    return BadUsage;
                }
                // A bug, not a content problem: say so in one line, without a stack trace.
                stderr.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
                if (Environment.GetEnvironmentVariable("RARENEWS_DEBUG") == "1")
                {
                    stderr.WriteLine(exception.ToString());
                }
                return InternalError;
            });
        });
        return await app.RunAsync(args);
    }
}
