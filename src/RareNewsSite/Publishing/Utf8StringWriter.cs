using System.Globalization;
using System.Text;

namespace RareNewsSite.Publishing;

/// <summary>
/// A StringWriter that reports UTF-8: XmlWriter copies the writer's encoding into the XML declaration,
/// and our XML files are written as UTF-8.
/// </summary>
internal sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => new UTF8Encoding(false);
}
