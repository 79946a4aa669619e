namespace RareNewsSite.Templates;

/// <summary>
/// A template snippet and the output it gives, on every template function. One test renders them all
/// (with <c>LinkRoot = /news/</c>, <c>Host = example.org</c>), so the examples in the docs stay true.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class TemplateExampleAttribute(string template, string output) : Attribute
{
    /// <summary>The snippet.</summary>
    public string Template { get; } = template;

    /// <summary>What it renders to.</summary>
    public string Output { get; } = output;
}
