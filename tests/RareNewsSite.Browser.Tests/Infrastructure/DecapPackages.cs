namespace RareNewsSite.Browser.Tests.Infrastructure;

/// <summary>
/// The Decap CMS bundle and its local backend, decap-server, from the repository's package.json (installed by
/// <c>npm ci</c>), and Node.js to run the server.
/// </summary>
internal static class DecapPackages
{
    /// <summary>The <c>dist</c> folder of the <c>decap-cms</c> package: <c>decap-cms.js</c> and the chunks it loads beside it.</summary>
    public static string BundleFolder => Path.Combine(NodeTools.ModulesFolder, "decap-cms", "dist");

    /// <summary>decap-server's entry point.</summary>
    public static string ServerScript => Path.Combine(NodeTools.ModulesFolder, "decap-server", "dist", "index.js");

    /// <summary>The <c>decap-cms</c> package's manifest.</summary>
    public static string BundleManifest => Path.Combine(NodeTools.ModulesFolder, "decap-cms", "package.json");

    /// <summary>True when both packages are installed.</summary>
    public static bool IsAvailable => File.Exists(Path.Combine(BundleFolder, "decap-cms.js")) && File.Exists(ServerScript);

    /// <summary>What to do about missing packages.</summary>
    public static string MissingMessage => "decap-cms and decap-server are not installed: run 'npm ci' at the repository root (Node.js 20 or later)";
}
