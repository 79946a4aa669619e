using System.Globalization;

namespace RareNewsSite.Templates.Functions;

/// <summary>The <c>date</c> namespace: dates as readers and machines want them.</summary>
public static class DateFunctions
{
    /// <summary>A date for readers: "14 October 2026".</summary>
    [TemplateExample("{{ date.readable test_date }}", "14 October 2026")]
    public static string Readable(DateTimeOffset date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date for <c>&lt;time datetime&gt;</c>: "2026-10-14".</summary>
    [TemplateExample("{{ date.iso test_date }}", "2026-10-14")]
    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A full timestamp with offset: "2026-10-14T00:00:00+00:00".</summary>
    [TemplateExample("{{ date.timestamp test_date }}", "2026-10-14T00:00:00+00:00")]
    public static string Timestamp(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The year, for archives: "2026".</summary>
    [TemplateExample("{{ date.year test_date }}", "2026")]
    public static string Year(DateTimeOffset date) => date.Year.ToString(CultureInfo.InvariantCulture);
}
