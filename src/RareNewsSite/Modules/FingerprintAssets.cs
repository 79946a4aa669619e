using System.Collections.Immutable;
using System.Security.Cryptography;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>
/// Names each asset after its content hash (<c>site.css</c> becomes <c>assets/site.1a2b3c4d.css</c>), so it
/// can be cached forever, and records the mapping for <c>url.asset</c>.
/// </summary>
public sealed class FingerprintAssets(string folder) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var results = ImmutableArray.CreateBuilder<Document>();
        foreach (var doc in inputs)
        {
            var name = doc.Source![(folder.Length + 1)..];
            var hash = Convert.ToHexStringLower(SHA256.HashData(doc.Bytes!.Value.Span))[..8];
            var extension = Path.GetExtension(name);
            var destination = $"assets/{name[..^extension.Length]}.{hash}{extension}";
            lock (context.Services.Assets)
            {
                context.Services.Assets[name] = destination;
            }
            results.Add(doc with { Destination = destination });
        }
        return Task.FromResult(results.ToImmutable());
    }
}
