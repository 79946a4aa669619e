using System.Net;
using RareNewsSite.Site.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace RareNewsSite.Templates;

/// <summary>
/// A Scriban context that HTML-escapes what an output statement writes, unless it is <see cref="RawHtml"/>.
/// Escaping happens only here, where a <c>{{ expression }}</c> statement writes its result, never inside
/// expressions or pipes, so nothing is escaped twice (Scriban issues #137, #388, #637).
/// </summary>
internal sealed class HtmlTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{
    /// <summary>The services template functions need (links, assets); templates themselves never see it.</summary>
    public TemplateSite Site { get; set; } = null!;

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml { Utf8: { } utf8 } when Output is Utf8Output bytes && NothingToIndent:
                bytes.Write(utf8); // a page's body, or a rendered article: copied, not decoded and encoded again
                return this;
            case RawHtml raw:
                Write(raw.Html);
                return this;
            case var text when Output is Utf8Output bytes && NothingToIndent:
                bytes.WriteHtmlEncoded(ObjectToString(text)); // encoded as it is written, without an encoded copy first
                return this;
            default:
                Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
                return this;
        }
    }

    // Scriban indents what an expression writes by the whitespace before it on its line; an expression after a line break
    // or after other text has an indent of "" (not null), which changes nothing, so the UTF-8 paths above may take it.
    private bool NothingToIndent => string.IsNullOrEmpty(CurrentIndent);

    /// <inheritdoc />
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    /// <inheritdoc />
    /// <remarks>The view records are read through one shared accessor per type (see <see cref="ViewAccessor"/>).</remarks>
    protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
        ViewAccessor.IsView(target)
            ? ViewAccessor.For(target.GetType())
            : base.GetMemberAccessorImpl(target)!;
}
