using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Images;
using RareNewsSite.Markdown.Images;

namespace RareNewsSite.Modules;

/// <summary>An SVG drawing of <c>input/assets/</c>: refused when it could run a script or reach outside itself, else published as it is, with its size.</summary>
internal static class SvgImages
{
    /// <summary>The drawing's document, or null (with an error) when it is unsafe.</summary>
    public static Document? Read(Document doc, byte[] bytes, BuildContext context)
    {
        var source = doc.Source!;
        var check = SvgCheck.Check(bytes);
        if (check.Problem is { } problem)
        {
            context.Diagnostics.Error(new SourceSpan(source, Math.Max(1, check.Line), Math.Max(1, check.Column)), DiagnosticIds.UnsafeSvg,
                $"the drawing is not published: {problem}");
            return null;
        }
        var set = new ImageSet(source, ImagePaths.SitePathOf(source), check.Width, check.Height, ImageFormats.Svg, "", default);
        return (doc with { Bytes = bytes }).With(Keys.Image, set);
    }
}
