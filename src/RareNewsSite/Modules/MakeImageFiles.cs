using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Images;

namespace RareNewsSite.Modules;

/// <summary>
/// Makes each photo's files (its own without metadata, the smaller widths, the extra formats), one document each, or takes
/// them from the <see cref="ProcessedImageStore"/> when a build made them before from the same bytes and settings.
/// Other documents pass through.
/// </summary>
internal sealed class MakeImageFiles : IExpandingModule
{
    /// <inheritdoc />
    public IEnumerable<Document> Execute(Document doc, BuildContext context)
    {
        if (doc.GetOrDefault<ImageSet>(Keys.Image) is not { IsPhoto: true } set)
        {
            return [doc];
        }
        var settings = ImageSettings.From(context.Input<SiteSettings>());
        var store = context.Input<ProcessedImageStore>();
        var key = ProcessedImageStore.KeyOf(set, settings);
        var names = set.Files.Select(f => f.Path).Append(set.Path).Distinct().ToDictionary(p => p, p => NameOf(set, p), StringComparer.Ordinal);
        var kept = store.Read(key, names.Values);
        if (kept is null)
        {
            try
            {
                var made = ImageProcessor.InSlot(() => context.Files.ReadAllBytes(set.Source), bytes => ImageProcessor.Make(bytes, set, settings.Quality));
                kept = names.ToDictionary(n => n.Value, n => made[n.Key], StringComparer.Ordinal);
            }
            catch (ImageException error)
            {
                context.Diagnostics.Error(SourceSpan.File(set.Source), DiagnosticIds.BrokenImage, error.Message);
                return [];
            }
            store.Write(key, kept);
        }
        return names.Select(n => new Document { Source = set.Source, Destination = n.Key.TrimStart('/'), Bytes = kept[n.Value] }).ToList();
    }

    // The name of a file in the store: the photo itself as original.<ext>, the others as <width>.<ext>.
    private static string NameOf(ImageSet set, string path) => path == set.Path
        ? "original." + ImageFormats.Extension(set.Format)
        : path[(path.LastIndexOf('/') + 1)..];
}
