using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using RareNewsSite.Site.Views;
using Scriban;
using Scriban.Syntax;

namespace RareNewsSite.Templates;

/// <summary>
/// Remembers what a partial wrote for the values it read, so a card included on many list pages is laid out once:
/// at 10,000 articles every card appears on a home page, its tags', diseases' and authors' pages and more.
/// </summary>
/// <remarks>
/// A partial is remembered only when its output can depend on nothing else. It is read once, when first included:
/// the variables it reads from its caller (<c>item</c>, <c>card_heading</c>) must hold strings, numbers, dates or
/// at most one view record (views are immutable, see <see cref="ViewAccessor"/>), it may call only functions without
/// hidden inputs (<c>url.*</c> reads the build's links and assets, <c>math.random</c> is random), and it must not
/// assign, capture or define anything, since an include shares its caller's variables. Anything else is laid out
/// each time, as before. What is remembered lives as long as the view record it was made from.
/// </remarks>
internal sealed class PartialMemo(Func<string, (bool Exists, ScriptPage? Page)> partialOf, Func<string, object?> functionOf)
{
    // Functions a remembered partial may call: their results depend on their arguments alone.
    private static readonly HashSet<string> PureFunctions = new(StringComparer.Ordinal) { "array", "date", "html", "include", "string", "text" };

    private readonly ConcurrentDictionary<ScriptPage, Reads?> _reads = new(ReferenceEqualityComparer.Instance);
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, string>> _written = new();

    /// <summary>
    /// Where the output of <paramref name="partial"/> in <paramref name="context"/> is remembered and under which key;
    /// null when it cannot be remembered.
    /// </summary>
    public (ConcurrentDictionary<string, string> Written, string Key)? SlotFor(TemplateContext context, string name, ScriptPage partial)
    {
        if (_reads.GetOrAdd(partial, page => Reads.Of(page, partialOf, functionOf)) is not { } reads)
        {
            return null;
        }
        foreach (var function in reads.Functions)
        {
            if (!ReferenceEquals(context.GetValue(new ScriptVariableGlobal(function)), functionOf(function)))
            {
                return null; // the page has put something else under a function's name
            }
        }
        object? view = null;
        var key = new StringBuilder(name);
        foreach (var variable in reads.Variables)
        {
            var value = ValueOf(context, variable);
            switch (value)
            {
                case null:
                    key.Append("|n");
                    break;
                case string text:
                    key.Append("|s").Append(text.Length).Append(':').Append(text);
                    break;
                case RawHtml raw:
                    var html = raw.Html;
                    key.Append("|r").Append(html.Length).Append(':').Append(html);
                    break;
                case bool or int or long or double or decimal or DateTime or DateTimeOffset or Enum:
                    key.Append("|v").Append(value.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
                case var record when view is null && ViewAccessor.IsView(record):
                    view = record;
                    key.Append("|o");
                    break;
                default:
                    return null;
            }
        }
        return (_written.GetValue(view ?? partial, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal)), key.ToString());
    }

    // A variable the partial may not read at all (it sits in a branch) may be missing: that is a null here, not an error.
    private static object? ValueOf(TemplateContext context, string variable)
    {
        var strict = context.StrictVariables;
        context.StrictVariables = false;
        try
        {
            return context.GetValue(new ScriptVariableGlobal(variable));
        }
        finally
        {
            context.StrictVariables = strict;
        }
    }

    /// <summary>The caller's variables a partial reads and the functions it calls, or null when it cannot be remembered.</summary>
    private sealed class Reads
    {
        private readonly HashSet<string> _variables = new(StringComparer.Ordinal);
        private readonly HashSet<string> _functions = new(StringComparer.Ordinal);
        private readonly HashSet<ScriptPage> _visiting = new(ReferenceEqualityComparer.Instance);
        private readonly Stack<string> _bound = new();
        private readonly Func<string, (bool Exists, ScriptPage? Page)> _partialOf;
        private readonly Func<string, object?> _functionOf;
        private bool _unsure;

        private Reads(Func<string, (bool Exists, ScriptPage? Page)> partialOf, Func<string, object?> functionOf) =>
            (_partialOf, _functionOf) = (partialOf, functionOf);

        public IReadOnlyCollection<string> Variables => _variables;

        public IReadOnlyCollection<string> Functions => _functions;

        public static Reads? Of(ScriptPage page, Func<string, (bool Exists, ScriptPage? Page)> partialOf, Func<string, object?> functionOf)
        {
            var reads = new Reads(partialOf, functionOf);
            reads.Walk(page);
            return reads._unsure ? null : reads;
        }

        private void Walk(ScriptNode? node)
        {
            switch (node)
            {
                case null:
                    return;
                case ScriptAssignExpression or ScriptCaptureStatement or ScriptFunction or ScriptAnonymousFunction or ScriptWithStatement
                    or ScriptImportStatement or ScriptIncrementDecrementExpression or ScriptReadOnlyStatement or ScriptWrapStatement
                    or ScriptTableRowStatement or ScriptVariableLocal or ScriptThisExpression:
                    _unsure = true;
                    return;
                case ScriptMemberExpression member:
                    Walk(member.Target); // the member's name is not a variable
                    return;
                case ScriptNamedArgument argument:
                    Walk(argument.Value);
                    return;
                case ScriptObjectInitializerExpression:
                    _unsure = true;
                    return;
                case ScriptForStatement loop:
                    Walk(loop.Iterator);
                    WalkBound(loop.Body, loop.Variable is ScriptVariableGlobal item ? [item.Name, "for"] : null);
                    return;
                case ScriptWhileStatement loop:
                    Walk(loop.Condition);
                    WalkBound(loop.Body, ["while"]);
                    return;
                case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call:
                    Include(call);
                    return;
                case ScriptVariableGlobal variable:
                    Read(variable.Name);
                    return;
            }
            for (var i = 0; i < node.ChildrenCount; i++)
            {
                Walk(node.GetChildren(i));
            }
        }

        private void WalkBound(ScriptNode? body, string[]? names)
        {
            if (names is null)
            {
                _unsure = true;
                return;
            }
            foreach (var name in names)
            {
                _bound.Push(name);
            }
            Walk(body);
            for (var i = 0; i < names.Length; i++)
            {
                _bound.Pop();
            }
        }

        // A nested partial is read as part of this one, in the same scope, when its name is written out.
        private void Include(ScriptFunctionCall call)
        {
            _functions.Add("include");
            if (call.Arguments.Count != 1 || call.Arguments[0] is not ScriptLiteral { Value: string name }
                || _partialOf(name) is not (true, { } page) || !_visiting.Add(page))
            {
                _unsure = true;
                return;
            }
            Walk(page);
            _visiting.Remove(page);
        }

        private void Read(string name)
        {
            if (_bound.Contains(name))
            {
                return;
            }
            if (_functionOf(name) is not null)
            {
                if (name == "include" || !PureFunctions.Contains(name))
                {
                    _unsure = true; // include other than include 'name', or a function with hidden inputs
                }
                _functions.Add(name);
                return;
            }
            _variables.Add(name);
        }
    }
}
