using System.Globalization;

namespace RareNewsSite.Diagnostics;

/// <summary>Counts as summary lines say them: "1 error", "2 warnings", "1 file changed".</summary>
public static class Counts
{
    /// <summary>"1 error" or "3 errors" (every noun the summaries use takes a plain "s").</summary>
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    /// <summary>"0 errors, 1 warning".</summary>
    public static string Summary(int errors, int warnings) => $"{Of(errors, "error")}, {Of(warnings, "warning")}";
}
