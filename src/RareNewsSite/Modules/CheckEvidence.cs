using System.Collections.Immutable;
using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Writing;

namespace RareNewsSite.Modules;

/// <summary>The evidence check of <c>check</c> over every published article (see <see cref="EvidenceCheck"/>); a plain build leaves it off.</summary>
internal sealed class CheckEvidence(string content) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.Options.EditorialChecks)
        {
            return Task.FromResult(inputs);
        }
        foreach (var doc in context.OutputsOf(content))
        {
            if (doc.GetOrDefault<Article>(Keys.Record) is { } article && doc.GetOrDefault<FrontMatter>(Keys.FrontMatter) is { } frontMatter
                && doc.GetOrDefault<MarkdownDocument>(Keys.MarkdownAst) is { } body)
            {
                context.Diagnostics.AddRange(EvidenceCheck.Check(article, frontMatter, body));
            }
        }
        return Task.FromResult(inputs);
    }
}
