using RareNewsSite.Engine;
using RareNewsSite.Site.Views;
using Scriban.Runtime;

namespace RareNewsSite.Layout;

/// <summary>
/// Everything a page's layout shows, as plain values: the layout, <c>site</c>, <c>page</c> and the page's own
/// variables. Two equal models render the same page, which is how the engine knows not to lay a page out again.
/// </summary>
internal sealed record PageModel(string Layout, SiteView Site, PageView Page, ValueArray<ModelValue> Values)
{
    /// <summary>The model as Scriban's variables.</summary>
    public ScriptObject ToScriptObject()
    {
        var model = new ScriptObject { ["site"] = Site, ["page"] = Page };
        foreach (var value in Values)
        {
            model[value.Name] = value.Value;
        }
        return model;
    }
}

/// <summary>One named variable of a page model.</summary>
internal readonly record struct ModelValue(string Name, object? Value);
