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
            // Spectre reads descriptions as console markup, where "[--disease KEY]" is a style tag: every
            // description goes through Describe (Markup.Escape), and a test runs --help for every command.
            config.AddExample("build");
            config.AddExample("preview", "--port", "5090");
            config.AddCommand<InitCommand>("init").WithDescription(Describe("Start a new site in a new or empty folder, with the theme built into the tool: init FOLDER [--title \"...\"]."))
                .WithExample("init", "my-site")
                .WithExample("init", "my-site", "--title", "\"Fabry News\"");
            config.AddCommand<BuildCommand>("build").WithDescription(Describe("Build the site into the output folder (default output/); exit 1 on any error, keeping the last good output."))
                .WithExample("build")
                .WithExample("build", "-o", "public", "--setting", "Host=news.example.org");
            config.AddCommand<PreviewCommand>("preview").WithDescription(Describe("Build with drafts, serve on 127.0.0.1:5080, rebuild on save and reload open pages."))
                .WithExample("preview")
                .WithExample("preview", "--port", "5090");
            config.AddCommand<ServeCommand>("serve").WithDescription(Describe("Serve the built output folder on 127.0.0.1:5080, exactly as built."))
                .WithExample("serve")
                .WithExample("serve", "-o", "public", "--port", "5090");
            config.AddCommand<CleanCommand>("clean").WithDescription(Describe("Delete the output folder (and the previous build kept next to it)."))
                .WithExample("clean");
            config.AddCommand<CheckCommand>("check").WithDescription(Describe("Validate everything a build does, plus headings and readability; write nothing."))
                .WithExample("check")
                .WithExample("check", "--drafts", "--format", "github");
            config.AddCommand<SchemaCommand>("schema").WithDescription(Describe("Write the JSON Schemas of statiq.json and of each kind of front matter, for editors' completion and checks (default folder .vscode/schemas)."))
                .WithExample("schema")
                .WithExample("schema", "--output", "schemas");
            config.AddBranch("list", branch =>
            {
                branch.SetDescription(Describe("List articles and pages for planning: drafts, scheduled, recent, review-due."));
                branch.AddExample("list", "review-due", "--within", "30d");
                branch.AddExample("list", "scheduled");
                branch.AddCommand<ListDraftsCommand>("drafts").WithDescription(Describe("Articles marked draft: true, newest first: path, title, date."))
                    .WithExample("list", "drafts");
                branch.AddCommand<ListScheduledCommand>("scheduled").WithDescription(Describe("Articles dated after now (not drafts), soonest first: path, title, date."))
                    .WithExample("list", "scheduled")
                    .WithExample("list", "scheduled", "--clock", "2026-12-01");
                branch.AddCommand<ListRecentCommand>("recent").WithDescription(Describe("The newest published articles, newest first: path, title, date (--count 10)."))
                    .WithExample("list", "recent")
                    .WithExample("list", "recent", "--count", "20");
                branch.AddCommand<ListReviewDueCommand>("review-due").WithDescription(Describe("Pages whose medical review is overdue, or due --within 30d: path, title, due date."))
                    .WithExample("list", "review-due", "--within", "30d");
            });
            config.AddBranch("new", branch =>
            {
                branch.SetDescription(Describe("Create a new article, author or disease file."));
                branch.AddExample("new", "article", "\"Fabry disease clinic opens\"", "--author", "jessica-lynn", "--disease", "fabry-disease");
                branch.AddExample("new", "author", "\"Ana Silva\"");
                branch.AddCommand<NewArticleCommand>("article").WithDescription(Describe("A draft article dated today: new article \"Title\" --author KEY [--disease KEY]..."))
                    .WithExample("new", "article", "\"Fabry disease clinic opens\"", "--author", "jessica-lynn", "--disease", "fabry-disease");
                branch.AddCommand<NewAuthorCommand>("author").WithDescription(Describe("An author: new author \"Name\" writes input/authors/<slug>.md."))
                    .WithExample("new", "author", "\"Ana Silva\"");
                branch.AddCommand<NewDiseaseCommand>("disease").WithDescription(Describe("A disease: new disease \"Name\" writes input/diseases/<slug>.md."))
                    .WithExample("new", "disease", "\"Pompe disease\"");
            });
            config.AddBranch("theme", branch =>
            {
                branch.SetDescription(Describe("The theme built into the tool; a site's own theme/ files override it file by file."));
                branch.AddExample("theme", "eject", "theme/layouts/article.sbn-html");
                branch.AddCommand<ThemeEjectCommand>("eject").WithDescription(Describe("Copy built-in theme files into theme/ to change them: theme eject [FILE]... (all of them without a file)."))
                    .WithExample("theme", "eject", "theme/layouts/article.sbn-html")
                    .WithExample("theme", "eject");
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

    /// <summary>Help text as Spectre shows it: its markup characters (<c>[</c>, <c>]</c>) escaped.</summary>
    private static string Describe(string text) => Markup.Escape(text);
}
