using System.Collections.Immutable;
using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Writing;

namespace RareNewsSite.Modules;

/// <summary>
/// The editorial checks of <c>check</c>: heading order everywhere, readability of articles and disease explainers.
/// Warnings only; a plain build leaves them off.
/// </summary>
internal sealed class CheckWriting(IReadOnlyList<string> pipelines, IReadOnlyList<string> readable) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Options.EditorialChecks)
        {
            return Task.FromResult(inputs);
        }
        foreach (var pipeline in pipelines)
        {
            foreach (var doc in context.OutputsOf(pipeline))
            {
                if (doc.GetOrDefault<ParsedMarkdown>(Keys.MarkdownAst)?.Tree is not { } ast)
                {
                    continue;
                }
                HeadingOrder.Check(ast, doc.Source!, context.Diagnostics);
                if (readable.Contains(pipeline))
                {
                    Readability.Check(ast, doc.Source!, context.Diagnostics);
                }
            }
        }
        return Task.FromResult(inputs);
    }
}
