using System.Collections.Frozen;
using RareNewsSite.Diagnostics;
using RareNewsSite.IO;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates.Functions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RareNewsSite.Templates;

/// <summary>
/// The theme's Scriban templates, parsed once. Pages render a layout (<c>layouts/&lt;name&gt;.sbn-html</c>)
/// whose output becomes <c>content</c> of <c>layouts/base.sbn-html</c>; partials come in with
/// <c>{{ include 'name' }}</c> from <c>partials/</c>.
/// </summary>
internal sealed class TemplateRenderer : IEquatable<TemplateRenderer>
{
    /// <summary>The theme folder at the site root.</summary>
    public const string ThemeFolder = "theme";

    private const string Extension = ".sbn-html";

    // The theme's files as read: two renderers of the same files render the same, which is what the engine asks.
    private readonly (string Path, byte[] Bytes)[] _files;

    // The templates parsed, and the functions pages call, made on another thread (see Start).
    private readonly Task<Parsed> _parsed;

    private TemplateRenderer((string, byte[])[] files, Task<Parsed> parsed) => (_files, _parsed) = (files, parsed);

    /// <summary>
    /// Parses every template in <c>theme/layouts</c> and <c>theme/partials</c>; syntax errors become diagnostics, named
    /// after the file that was read (<see cref="ISiteFileSystem.ShownPath"/>).
    /// </summary>
    public static TemplateRenderer Load(ISiteFileSystem files, DiagnosticBag diagnostics)
    {
        var read = Read(files);
        var parsed = Parse(read);
        diagnostics.AddRange(parsed.Diagnostics);
        return new TemplateRenderer(FilesOf(read), Task.FromResult(parsed));
    }

    /// <summary>
    /// Reads the theme's templates now and parses them on another thread, while a build reads and parses its articles:
    /// no page is laid out before the Process phase ends, and parsing the theme (with Scriban's builtins, made by
    /// reflection) was 60 ms of a build's start on one core while the other had nothing to do. The syntax errors are
    /// reported by <see cref="ReportTo"/>.
    /// </summary>
    public static TemplateRenderer Start(ISiteFileSystem files)
    {
        var read = Read(files);
        return new TemplateRenderer(FilesOf(read), Task.Run(() => Parse(read)));
    }

    /// <summary>Adds the templates' syntax errors and warnings to <paramref name="diagnostics"/>, once they are parsed.</summary>
    public void ReportTo(DiagnosticBag diagnostics) => diagnostics.AddRange(Ready.Diagnostics);

    // A page waits for the parse only if it comes before the parse is done, which a build's order makes rare.
    private Parsed Ready => _parsed.GetAwaiter().GetResult();

    // Each template's path in the site, the file that was used (the site's own, or the built-in theme's: diagnostics name
    // it), and its bytes.
    private static (string Path, string Shown, byte[] Bytes)[] Read(ISiteFileSystem files) =>
    [
        .. files.ListFiles(ThemeFolder + "/layouts", Extension).Concat(files.ListFiles(ThemeFolder + "/partials", Extension))
            .Select(path => (path, files.ShownPath(path), files.ReadAllBytes(path))),
    ];

    // The shown path is kept with the bytes, so a renderer of the same bytes from the other file is not taken for this one.
    private static (string, byte[])[] FilesOf((string Path, string Shown, byte[] Bytes)[] read) => [.. read.Select(r => (r.Shown, r.Bytes))];

    private static Parsed Parse((string Path, string Shown, byte[] Bytes)[] read)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        foreach (var (path, shown, bytes) in read)
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
            var template = Template.Parse(text, shown);
            foreach (var message in template.Messages)
            {
                var span = new SourceSpan(shown, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
                var text2 = Lower(message.Message);
                if (message.Type == Scriban.Parsing.ParserMessageType.Error)
                {
                    diagnostics.Error(span, DiagnosticIds.TemplateSyntax, text2);
                }
                else
                {
                    diagnostics.Warning(span, DiagnosticIds.TemplateSyntax, text2);
                }
            }
            if (!template.HasErrors)
            {
                templates[NameOf(path)] = template;
            }
            else
            {
                broken.Add(NameOf(path));
            }
        }
        return new Parsed(templates.ToFrozenDictionary(StringComparer.Ordinal), broken.ToFrozenSet(StringComparer.Ordinal), diagnostics.ToArray());
    }

    /// <summary>True when both were loaded from the same theme files with the same bytes.</summary>
    public bool Equals(TemplateRenderer? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || other._files.Length != _files.Length)
        {
            return false;
        }
        for (var i = 0; i < _files.Length; i++)
        {
            var (a, b) = (_files[i], other._files[i]);
            if (a.Path != b.Path || !ReferenceEquals(a.Bytes, b.Bytes) && !a.Bytes.AsSpan().SequenceEqual(b.Bytes))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TemplateRenderer);

    /// <inheritdoc />
    public override int GetHashCode() => _files.Length;

    /// <summary>Names of the parsed templates, such as <c>layouts/article</c>.</summary>
    public IEnumerable<string> Names => Ready.Templates.Keys;

    /// <summary>True if the theme has the template.</summary>
    public bool Has(string name) => Ready.Templates.ContainsKey(name);

    /// <summary>
    /// Renders <c>layouts/&lt;layout&gt;</c> into <c>layouts/base</c>, as the page's UTF-8 bytes. Returns null and reports
    /// a diagnostic on a runtime error; <paramref name="model"/> holds the page's variables.
    /// </summary>
    public byte[]? RenderPage(string layout, ScriptObject model, TemplateSite site, DiagnosticBag diagnostics)
    {
        var output = Utf8Output.ForThisThread();
        var context = ContextFor(model, site, output);
        try
        {
            // One context for both: the layout has returned from every loop, capture and include when it ends, and what it
            // assigned went into the model either way.
            if (!RenderInto(context, "layouts/" + layout, diagnostics))
            {
                return null;
            }
            model.SetValue("content", RawHtml.FromUtf8(output.Written.ToArray()), true);
            output.Clear();
            if (!RenderInto(context, "layouts/base", diagnostics))
            {
                return null;
            }
            _contextOfThisThread = context; // only a page laid out without an error leaves its context balanced for the next
            return output.Written.ToArray();
        }
        finally
        {
            output.Clear();
        }
    }

    private bool RenderInto(HtmlTemplateContext context, string name, DiagnosticBag diagnostics)
    {
        var parsed = Ready;
        if (parsed.Broken.Contains(name))
        {
            return false; // its syntax errors were reported when the theme was loaded
        }
        if (!parsed.Templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(SourceSpan.File($"{ThemeFolder}/{name}{Extension}"), DiagnosticIds.MissingTemplate,
                $"the theme has no template '{name}{Extension}'");
            return false;
        }
        // What Template.Render does, without asking the output for its text at the end.
        if (template.SourceFilePath is { } path)
        {
            context.PushSourceFile(path);
        }
        try
        {
            if (template.Page is { } page && context.Evaluate(page) is { } result && context.EnableOutput)
            {
                context.Write(page.Span, result);
            }
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            var span = new SourceSpan(e.Span.FileName ?? $"{ThemeFolder}/{name}{Extension}", e.Span.Start.Line + 1, e.Span.Start.Column + 1);
            diagnostics.Error(span, DiagnosticIds.TemplateRuntime, Lower(e.OriginalMessage));
            return false;
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }

    // A context made for each page was a twentieth of a build's allocations (Scriban's stacks and caches, 12 KB each):
    // each thread keeps the last one and resets it for its next page, as Scriban's Reset allows.
    [ThreadStatic]
    private static HtmlTemplateContext? _contextOfThisThread;

    private HtmlTemplateContext ContextFor(ScriptObject model, TemplateSite site, Utf8Output output)
    {
        var parsed = Ready;
        var context = _contextOfThisThread is { } kept && ReferenceEquals(kept.BuiltinObject, parsed.Builtins) ? kept : NewContext(parsed);
        _contextOfThisThread = null; // taken; given back by RenderPage when the page is done
        context.Reset();
        context.Site = site;
        context.PushGlobal(parsed.Functions);
        context.PushGlobal(model);
        context.PushOutput(output);
        return context;
    }

    private static HtmlTemplateContext NewContext(Parsed parsed) => new(parsed.Builtins)
    {
        StrictVariables = true,
        EnableRelaxedMemberAccess = false,
        LoopLimit = 100_000,
        RecursiveLimit = 50,
        LimitToString = 0, // Scriban cuts strings at 1 MB by default, which silently truncated long articles
    };

    /// <summary>A theme's parsed templates, with Scriban's builtins and the theme's functions.</summary>
    private sealed class Parsed
    {
        public Parsed(FrozenDictionary<string, Template> templates, FrozenSet<string> broken, Diagnostic[] diagnostics)
        {
            (Templates, Broken, Diagnostics) = (templates, broken, diagnostics);
            // Made once and shared by every page's context: making them per context (by reflection over every function)
            // took a fifth of laying out a page.
            Functions.SetValue("url", Import(typeof(UrlFunctions)), true);
            Functions.SetValue("date", Import(typeof(DateFunctions)), true);
            Functions.SetValue("text", Import(typeof(TextFunctions)), true);
            Functions.SetValue("include", new IncludeFunction(PartialOf, Extension, new PartialMemo(PartialOf, FunctionOf)), true);
            Builtins.IsReadOnly = true;
            Functions.IsReadOnly = true;
        }

        public FrozenDictionary<string, Template> Templates { get; }

        /// <summary>Templates with syntax errors: reported once, when the theme was parsed.</summary>
        public FrozenSet<string> Broken { get; }

        public Diagnostic[] Diagnostics { get; }

        public ScriptObject Builtins { get; } = TemplateContext.GetDefaultBuiltinObject();

        public ScriptObject Functions { get; } = new();

        // What a name means in a template before the page sets anything: the theme's functions, then Scriban's builtins.
        private object? FunctionOf(string name) =>
            Functions.TryGetValue(name, out var function) ? function : Builtins.TryGetValue(name, out var builtin) ? builtin : null;

        // Whether the theme has the partial, and its parsed page (null for a broken one).
        private (bool Exists, ScriptPage? Page) PartialOf(string name) =>
            Broken.Contains("partials/" + name) ? (true, null)
            : Templates.TryGetValue("partials/" + name, out var partial) ? (true, partial.Page)
            : (false, null);
    }

    private static ScriptObject Import(Type functions)
    {
        var obj = new ScriptObject();
        obj.Import(functions);
        obj.IsReadOnly = true;
        return obj;
    }

    private static string NameOf(string path) =>
        path[(ThemeFolder.Length + 1)..^Extension.Length];

    private static string Lower(string message)
    {
        var trimmed = message.TrimEnd('.');
        return trimmed.Length > 0 ? char.ToLowerInvariant(trimmed[0]) + trimmed[1..] : trimmed;
    }
}
