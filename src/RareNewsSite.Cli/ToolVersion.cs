using System.Reflection;

namespace RareNewsSite.Cli;

/// <summary>The tool's version, as <c>rarenews --version</c> prints it and the package is named.</summary>
public static class ToolVersion
{
    /// <summary>The <c>Version</c> of the CLI's project file, such as <c>0.1.0</c>.</summary>
    public static string Current { get; } = Read();

    // The SDK appends the source revision to the informational version ("0.1.0+3f2a…"); the package and the user
    // know the version without it.
    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
