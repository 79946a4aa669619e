using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Templates;

using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>Gives each static page (about, disclaimer) its page model.</summary>
public sealed class BuildStaticPages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = PageModels.Of(context);
        return Task.FromResult(ParallelDocuments.Select(inputs, doc =>
        {
            var record = doc.Get<StaticPage>(Keys.Record);
            ScriptObject Model() => models.Model(
                models.Page(record.Title, record.Description ?? context.Settings.SiteDescription, record.UrlPath, "page"),
                ("body", doc.Get<RawHtml>(Keys.BodyHtml)));
            return doc.With(Keys.Layout, "page").With(Keys.Model, (Func<ScriptObject>)Model).With(Keys.PageKind, "page")
                with
            { Destination = PageModels.DestinationOf(record.UrlPath) };
        }, cancellationToken));
    }
}
