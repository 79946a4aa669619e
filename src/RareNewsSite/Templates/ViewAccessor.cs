using System.Collections.Concurrent;
using System.Reflection;
using RareNewsSite.Site.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace RareNewsSite.Templates;

/// <summary>
/// How templates read the view records (<c>article.title</c>): each public instance property under its snake_case
/// name, through a getter made once per property for the whole process, when a template first reads it.
/// </summary>
/// <remarks>
/// Scriban makes a reflection accessor per type per <see cref="TemplateContext"/>, and a page makes two contexts:
/// at 1,000 articles that was thousands of accessors, each reading every property's attributes, and reflection
/// invokers made again whenever the runtime's reflection cache was collected (their finalizers alone took a
/// sixth of a build's thread time). Views are immutable values shared by many pages, so templates cannot set
/// their members: an assignment is a template error instead of a change another page would see.
/// A getter is a delegate bound to the property's get method, made when a template first reads the property: the
/// views have some 200 properties, and compiling an expression tree for each of them, read or not, cost 5% of the
/// example site's CPU time.
/// </remarks>
internal sealed class ViewAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewAccessor> ByType = new();

    private readonly Dictionary<string, Lazy<Func<object, object?>>> _getters;

    private ViewAccessor(Type type)
    {
        _getters = new Dictionary<string, Lazy<Func<object, object?>>>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true }
                || property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null)
            {
                continue;
            }
            _getters.TryAdd(StandardMemberRenamer.Default(property), new Lazy<Func<object, object?>>(() => Getter(type, property)));
        }
    }

    /// <summary>True for a view record (a class of <c>Site.Views</c> other than <see cref="RawHtml"/>): immutable, read through this accessor.</summary>
    public static bool IsView(object value) =>
        value.GetType() is { Namespace: "RareNewsSite.Site.Views", IsClass: true } && value is not RawHtml;

    /// <summary>The accessor of <paramref name="type"/>, made on first use.</summary>
    public static ViewAccessor For(Type type) => ByType.GetOrAdd(type, t => new ViewAccessor(t));

    /// <inheritdoc />
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    /// <inheritdoc />
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    /// <inheritdoc />
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    /// <inheritdoc />
    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var getter))
        {
            value = getter.Value(target);
            return true;
        }
        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    /// <inheritdoc />
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    /// <inheritdoc />
    public bool HasIndexer => false;

    /// <inheritdoc />
    public Type? IndexType => null;

    private static readonly MethodInfo TypedGetterMethod = typeof(ViewAccessor).GetMethod(nameof(TypedGetter), BindingFlags.NonPublic | BindingFlags.Static)!;

    // Called through a delegate rather than MethodInfo.Invoke, which makes (and compiles) an invocation stub for each.
    // The native program (compiled ahead of time) cannot make the delegate's code for a value type at run time, and
    // has no stubs to compile: it reads through reflection.
    private static Func<object, object?> Getter(Type type, PropertyInfo property) =>
        !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? property.GetValue :
        TypedGetterMethod.MakeGenericMethod(type, property.PropertyType).CreateDelegate<Func<MethodInfo, Func<object, object?>>>()(property.GetMethod!);

    // For reference types the runtime shares one compiled body of this method and its lambda among all properties.
    private static Func<object, object?> TypedGetter<TView, TValue>(MethodInfo getter)
    {
        var read = getter.CreateDelegate<Func<TView, TValue>>();
        return target => read((TView)target);
    }
}
