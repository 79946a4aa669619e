using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Engine;

namespace RareNewsSite.Images;

/// <summary>
/// Which files a photo is published as, from its size and the settings alone: each configured width below its own (a
/// photo is never enlarged), its own width too when that is not above the widest configured one, each in the photo's
/// format and in every extra format. Its own format at its own width is the photo itself, at its own address.
/// </summary>
public static class ImagePlan
{
    /// <summary>Where the made files go: <c>/img/&lt;path below assets&gt;/&lt;width&gt;.&lt;ext&gt;</c>, apart from editors' files.</summary>
    public const string Folder = "/img/";

    /// <summary>The <see cref="ImageSet"/> of the photo <paramref name="source"/> published at <paramref name="path"/>.</summary>
    public static ImageSet For(string source, string path, int width, int height, string format, string contentHash, ImageSettings settings)
    {
        var files = ImmutableArray.CreateBuilder<ImageFile>();
        var widths = Widths(width, settings);
        var formats = new[] { format }.Concat(settings.Formats.Where(f => f != format)).ToArray();
        foreach (var f in formats)
        {
            foreach (var w in widths)
            {
                var h = Math.Max(1, (int)Math.Round((double)height * w / width, MidpointRounding.AwayFromZero));
                var own = f == format && w == width;
                files.Add(new ImageFile(own ? path : MadePath(path, w, f), w, own ? height : h, f));
            }
        }
        return new ImageSet(source, path, width, height, format, contentHash, new ValueArray<ImageFile>(files.ToImmutable()));
    }

    /// <summary>The widths a photo <paramref name="width"/> pixels wide is published at, ascending.</summary>
    public static IReadOnlyList<int> Widths(int width, ImageSettings settings)
    {
        var widths = settings.Widths.Where(w => w < width).ToList();
        if (width <= settings.Widths[^1])
        {
            widths.Add(width);
        }
        return widths;
    }

    private static string MadePath(string path, int width, string format) =>
        Folder + path["/assets/".Length..] + "/" + width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + ImageFormats.Extension(format);
}
