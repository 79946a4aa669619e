using RareNewsSite.Site.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RareNewsSite.Templates;

/// <summary>
/// <c>{{ include 'name' }}</c>: renders <c>partials/name</c> in the caller's context, so it sees the caller's variables.
/// Standing as a statement (nearly always), the partial writes straight into the page; used as a value
/// (<c>x = include 'name'</c>) it comes back as <see cref="RawHtml"/>, so the statement that prints it does not escape it
/// a second time.
/// </summary>
/// <remarks>
/// A list page includes a card and a byline per article: rendering each into its own buffer and copying the text into
/// the page was a good part of laying out a list.
/// </remarks>
/// <param name="partialOf">The parsed partial of a name; null for a broken one, whose syntax errors were reported when the theme was loaded.</param>
/// <param name="extension">The templates' file extension, for the message about a missing partial.</param>
/// <param name="memo">What partials wrote before, for the ones whose output depends only on the values they read.</param>
internal sealed class IncludeFunction(Func<string, (bool Exists, ScriptPage? Page)> partialOf, string extension, PartialMemo memo) : IScriptCustomFunction
{
    /// <inheritdoc />
    public int RequiredParameterCount => 1;

    /// <inheritdoc />
    public int ParameterCount => 1;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType => typeof(object);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var name = context.ObjectToString(arguments[0]) ?? "";
        var (exists, partial) = partialOf(name);
        if (!exists)
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"the theme has no partial 'partials/{name}{extension}'");
        }
        var statement = callerContext?.Parent is ScriptExpressionStatement;
        if (partial is null)
        {
            return statement ? null : new RawHtml("");
        }
        if (InLoop(callerContext) && memo.SlotFor(context, name, partial) is var (written, key))
        {
            if (!written.TryGetValue(key, out var remembered))
            {
                remembered = Render(context, partial);
                written.TryAdd(key, remembered);
            }
            if (!statement)
            {
                return new RawHtml(remembered);
            }
            context.Write(remembered);
            return null;
        }
        if (statement)
        {
            context.Evaluate(partial);
            return null;
        }
        return new RawHtml(Render(context, partial));
    }

    // Only a partial included in a loop (a card per article of a list) is remembered: one included once per page (the
    // header, the footer) reads values of that page alone, and remembering it would only keep garbage.
    private static bool InLoop(ScriptNode? node)
    {
        for (; node is not null; node = node.Parent)
        {
            if (node is ScriptLoopStatementBase)
            {
                return true;
            }
        }
        return false;
    }

    private static string Render(TemplateContext context, ScriptPage partial)
    {
        context.PushOutput();
        string html;
        try
        {
            context.Evaluate(partial);
        }
        finally
        {
            html = context.PopOutput().ToString() ?? "";
        }
        return html;
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
