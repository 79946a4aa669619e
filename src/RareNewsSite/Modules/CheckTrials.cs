using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Trials;

namespace RareNewsSite.Modules;

/// <summary>
/// Warns about a trial number the body names (and links) that the article's <c>trials</c> does not list: the list is
/// what feeds the disease page's trials and the JSON-LD, so a trial named only in passing would be missed there.
/// </summary>
internal sealed class CheckTrials : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var article = doc.Get<Article>(Keys.Record);
        var ast = doc.Get<ParsedMarkdown>(Keys.MarkdownAst).Tree;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in ast.Descendants<LinkInline>().Where(l => l.GetAttributes().Classes?.Contains(TrialLinksExtension.LinkClass) == true))
        {
            var number = link.Url![(link.Url!.LastIndexOf('/') + 1)..];
            if (!article.Trials.Contains(number) && reported.Add(number))
            {
                var list = article.Trials.Count == 0 ? $"add trials: [{number}]" : $"add it: trials: [{string.Join(", ", article.Trials.Append(number))}]";
                context.Diagnostics.Warning(new Diagnostics.SourceSpan(article.Source, link.Line + 1, link.Column + 1), DiagnosticIds.TrialNotListed,
                    $"the text names trial {number}, which 'trials' does not list; {list}");
            }
        }
        return doc;
    }
}
