using System.Collections.Immutable;
using Markdig.Syntax;
using RareNewsSite.Engine;
using RareNewsSite.Pipelines;
using RareNewsSite.Writing;

namespace RareNewsSite.Modules;

/// <summary>
/// The editorial checks of <c>check</c> (only when <see cref="BuildOptions.EditorialChecks"/> is set): heading
/// order in articles, disease explainers and pages, and readability of articles and explainers.
/// </summary>
public sealed class CheckWriting : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Options.EditorialChecks)
        {
            return Task.FromResult(inputs);
        }
        foreach (var pipeline in (string[])[PipelineNames.Content, PipelineNames.Diseases, PipelineNames.Pages])
        {
            foreach (var doc in context.OutputsOf(pipeline))
            {
                if (doc.GetOrDefault<MarkdownDocument>(Keys.MarkdownAst) is not { } ast)
                {
                    continue;
                }
                HeadingOrder.Check(ast, doc.Source!, context.Diagnostics);
                if (pipeline != PipelineNames.Pages)
                {
                    Readability.Check(ast, doc.Source!, context.Diagnostics);
                }
            }
        }
        return Task.FromResult(inputs);
    }
}
