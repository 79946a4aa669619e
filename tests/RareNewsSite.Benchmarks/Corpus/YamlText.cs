using System.Globalization;

namespace RareNewsSite.Benchmarks.Corpus;

/// <summary>Front matter values written the way editors write them: quoted strings, flow lists, ISO dates.</summary>
internal static class YamlText
{
    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values) + "]";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
