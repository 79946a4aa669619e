using System.Globalization;
using System.Xml;

namespace RareNewsSite.Images;

/// <summary>
/// Reads an SVG drawing as XML, without its DTD (so no entity can expand or reach out), and says what would make it
/// unsafe to publish: a script (a <c>&lt;script&gt;</c> element, an <c>on…</c> event attribute, a <c>javascript:</c>
/// link), <c>&lt;foreignObject&gt;</c> (HTML inside the drawing), or a reference to anything outside the file (an
/// <c>href</c> that is not <c>#id</c>, a style's <c>url(…)</c> or <c>@import</c>). A browser opening the file from the
/// site's address would run its script as the site. Also reads its size, for <c>width</c> and <c>height</c>.
/// </summary>
internal static class SvgCheck
{
    /// <summary>What the check found: the first problem with its line and column (or null), and the drawing's size (0 when unknown).</summary>
    public sealed record Result(string? Problem, int Line, int Column, int Width, int Height);

    /// <summary>Checks <paramref name="bytes"/>.</summary>
    public static Result Check(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = 50_000_000 };
        int width = 0, height = 0;
        var root = true;
        var inStyle = false;
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        var info = (IXmlLineInfo)reader;
        Result Problem(string message) => new(message, info.LineNumber, info.LinePosition, width, height);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "style")
                {
                    inStyle = false;
                }
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && inStyle && ExternalInStyle(reader.Value) is { } style)
                {
                    return Problem($"its style refers to '{style}' outside the drawing; a published drawing must be whole in itself: remove it");
                }
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                var name = reader.LocalName;
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase))
                {
                    return Problem("it contains a <script>, which would run as the site when the file is opened; remove it (export the drawing again without scripts)");
                }
                if (name.Equals("foreignObject", StringComparison.OrdinalIgnoreCase))
                {
                    return Problem("it contains <foreignObject> (web page content inside the drawing); remove it");
                }
                inStyle = name == "style" && !reader.IsEmptyElement;
                if (root)
                {
                    root = false;
                    (width, height) = SizeOf(reader);
                }
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    var attribute = reader.LocalName;
                    var value = reader.Value.Trim();
                    if (attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        return Problem($"the attribute '{reader.Name}' runs a script when the drawing is opened; remove it");
                    }
                    if (attribute == "href" && !value.StartsWith('#'))
                    {
                        return Problem($"it refers to '{value}' outside the drawing ({reader.Name}); a published drawing must be whole in itself: embed or remove it");
                    }
                    if (attribute == "style" && ExternalInStyle(value) is { } url)
                    {
                        return Problem($"its style refers to '{url}' outside the drawing; remove it");
                    }
                }
                reader.MoveToElement();
            }
        }
        catch (XmlException error)
        {
            return new Result($"it is not valid SVG (XML): {error.Message}", error.LineNumber, error.LinePosition, 0, 0);
        }
        return new Result(null, 0, 0, width, height);
    }

    // A url(…) that is not a fragment (#id), or an @import.
    private static string? ExternalInStyle(string style)
    {
        if (style.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return "@import";
        }
        for (var at = style.IndexOf("url(", StringComparison.OrdinalIgnoreCase); at >= 0; at = style.IndexOf("url(", at + 4, StringComparison.OrdinalIgnoreCase))
        {
            var end = style.IndexOf(')', at);
            var target = style[(at + 4)..(end < 0 ? style.Length : end)].Trim().Trim('"', '\'');
            if (!target.StartsWith('#'))
            {
                return target;
            }
        }
        return null;
    }

    // The root's width and height (in px or unitless), else those of its viewBox.
    private static (int Width, int Height) SizeOf(XmlReader reader)
    {
        var width = Pixels(reader.GetAttribute("width"));
        var height = Pixels(reader.GetAttribute("height"));
        if (width > 0 && height > 0)
        {
            return (width, height);
        }
        var box = (reader.GetAttribute("viewBox") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return box.Length == 4 && double.TryParse(box[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            && double.TryParse(box[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && w > 0 && h > 0
            ? ((int)Math.Round(w), (int)Math.Round(h))
            : (0, 0);
    }

    private static int Pixels(string? value)
    {
        var text = (value ?? "").Trim();
        text = text.EndsWith("px", StringComparison.Ordinal) ? text[..^2] : text;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 ? (int)Math.Round(number) : 0;
    }
}
