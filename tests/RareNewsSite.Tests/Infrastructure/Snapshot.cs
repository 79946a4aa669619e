using System.Text;
using Xunit.Sdk;

namespace RareNewsSite.Tests.Infrastructure;

/// <summary>
/// Compares a whole output tree with verified files, following Verify's conventions so a later switch is
/// mechanical: each file is stored as <c>&lt;name&gt;.verified.&lt;ext&gt;</c>; on a mismatch the new
/// content is written beside it as <c>.received.</c> and the test fails with the first differing lines.
/// A missing snapshot fails under <c>CI=true</c>; locally it is written and the test fails once, so someone
/// reads it. <c>UPDATE_SNAPSHOTS=1</c> accepts all new output.
/// </summary>
public static class Snapshot
{
    public static void MatchDirectory(IReadOnlyDictionary<string, string> actual, string snapshotFolder)
    {
        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var problems = new List<string>();
        // Snapshot paths, not output paths: an output file without an extension (_headers) is stored as
        // _headers.verified.txt, which cannot be mapped back, so each output file is mapped forward instead.
        var expectedFiles = Directory.Exists(snapshotFolder)
            ? Directory.EnumerateFiles(snapshotFolder, "*.verified.*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(snapshotFolder, f).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal)
            : [];

        foreach (var (path, content) in actual.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var verified = Path.Combine(snapshotFolder, ToSnapshotPath(path, "verified"));
            var received = Path.Combine(snapshotFolder, ToSnapshotPath(path, "received"));
            expectedFiles.Remove(ToSnapshotPath(path, "verified").Replace('\\', '/'));
            if (!File.Exists(verified))
            {
                if (update || !ci)
                {
                    Write(update ? verified : received, content);
                }
                if (!update)
                {
                    problems.Add($"{path}: no verified snapshot{(ci ? "" : $" (new output written to {Path.GetFileName(received)}; rename it to .verified. once read)")}");
                }
                continue;
            }
            var expected = File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal);
            if (expected == content)
            {
                if (File.Exists(received))
                {
                    File.Delete(received);
                }
                continue;
            }
            Write(update ? verified : received, content);
            if (!update)
            {
                problems.Add($"{path}: differs from snapshot\n{FirstDifference(expected, content)}");
            }
        }
        foreach (var stale in expectedFiles.Order(StringComparer.Ordinal))
        {
            if (update)
            {
                File.Delete(Path.Combine(snapshotFolder, stale));
            }
            else
            {
                problems.Add($"{ToOutputPath(stale)}: in the snapshot but no longer produced");
            }
        }
        if (problems.Count > 0)
        {
            throw new XunitException($"Snapshot mismatch in {snapshotFolder} (UPDATE_SNAPSHOTS=1 accepts):\n" + string.Join("\n", problems.Take(20)));
        }
    }

    /// <summary><c>articles/a/index.html</c> is stored as <c>articles/a/index.verified.html</c>.</summary>
    public static string ToSnapshotPath(string outputPath, string kind)
    {
        var directory = Path.GetDirectoryName(outputPath) ?? "";
        var name = Path.GetFileNameWithoutExtension(outputPath);
        var extension = Path.GetExtension(outputPath);
        return Path.Combine(directory, $"{name}.{kind}{(extension.Length > 0 ? extension : ".txt")}");
    }

    private static string ToOutputPath(string snapshotPath)
    {
        var index = snapshotPath.LastIndexOf(".verified", StringComparison.Ordinal);
        return snapshotPath[..index] + snapshotPath[(index + ".verified".Length)..];
    }

    private static void Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right)
            {
                return $"  line {i + 1}\n  - verified: {left}\n  + received: {right}";
            }
        }
        return "  (only line endings differ)";
    }
}
