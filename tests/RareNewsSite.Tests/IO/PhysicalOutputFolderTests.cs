using System.Text;
using RareNewsSite.Building;
using RareNewsSite.Engine;
using RareNewsSite.IO;
using RareNewsSite.Tests.Cli;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.IO;

public sealed class PhysicalOutputFolderTests
{
    [Fact]
    public void Should_Write_Nested_Files_From_Many_Threads()
    {
        using var temp = new TempFolder();
        var output = new PhysicalOutputFolder(temp.PathOf("out"));

        Parallel.For(0, 400, i => output.Write($"d{i % 20}/e{i % 7}/f{i}.txt", Encoding.UTF8.GetBytes($"file {i}")));

        for (var i = 0; i < 400; i++)
        {
            File.ReadAllText(temp.PathOf($"out/d{i % 20}/e{i % 7}/f{i}.txt")).ShouldBe($"file {i}");
        }
        Directory.EnumerateFiles(temp.PathOf("out"), "*", SearchOption.AllDirectories).Count().ShouldBe(400);
    }

    [Fact]
    public void Should_Leave_Only_This_Build_In_A_Reused_Folder()
    {
        // Given: an earlier build with a page this one drops, a file where this one has a folder, and the reverse, and
        // files this one does not write at the top and folders down
        using var temp = new TempFolder();
        var earlier = new PhysicalOutputFolder(temp.Root);
        earlier.Write("kept/index.html", "an old and longer text"u8);
        earlier.Write("gone/index.html", "old"u8);
        earlier.Write("tags/x", "a file"u8);
        earlier.Write("feed/sub/old.xml", "a folder"u8);
        earlier.Write("old.txt", "at the top"u8);
        earlier.Write("deep/a/b/old.txt", "three folders down"u8);
        earlier.Write("kept/deeper/old.txt", "beside a page kept"u8);

        // When
        var output = new PhysicalOutputFolder(temp.Root, reuse: true);
        output.Write("kept/index.html", "new"u8);
        output.Write("tags/x/index.html", "now a folder"u8);
        output.Write("feed", "now a file"u8);
        output.RemoveUnwritten();

        // Then
        Directory.EnumerateFileSystemEntries(temp.Root, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(temp.Root, p))
            .Order(StringComparer.Ordinal).ShouldBe(["feed", "kept", "kept/index.html", "tags", "tags/x", "tags/x/index.html"]);
        File.ReadAllText(temp.PathOf("kept/index.html")).ShouldBe("new");
        File.ReadAllText(temp.PathOf("feed")).ShouldBe("now a file");
    }

    [Fact]
    public void Should_Replace_A_File_Written_Twice()
    {
        using var temp = new TempFolder();
        var output = new PhysicalOutputFolder(temp.Root);

        output.Write("a/page.html", "a longer first version"u8);
        output.Write("a/page.html", "second"u8);

        File.ReadAllText(temp.PathOf("a/page.html")).ShouldBe("second");
    }

    [Fact]
    public void Should_Accept_A_Folder_Named_With_A_Trailing_Separator()
    {
        using var temp = new TempFolder();
        var output = new PhysicalOutputFolder(temp.PathOf("out") + Path.DirectorySeparatorChar);

        output.Write("index.html", "home"u8);

        File.ReadAllText(temp.PathOf("out/index.html")).ShouldBe("home");
    }

    [Theory]
    [InlineData("../escaped.txt")]
    [InlineData("a/../../escaped.txt")]
    public void Should_Refuse_A_Path_That_Leaves_The_Folder(string path)
    {
        using var temp = new TempFolder();
        var output = new PhysicalOutputFolder(temp.PathOf("out"));

        Should.Throw<InvalidOperationException>(() => output.Write(path, "x"u8));

        File.Exists(temp.PathOf("escaped.txt")).ShouldBeFalse();
    }

    [Fact]
    public void Should_Name_The_File_When_The_Disk_Is_Full()
    {
        // Given: a written path that is /dev/full, where every write fails with ENOSPC as on a full disk
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.PathOf("articles/a"));
        File.CreateSymbolicLink(temp.PathOf("articles/a/index.html"), "/dev/full");
        var output = new PhysicalOutputFolder(temp.Root);

        // When
        var error = Should.Throw<OutputFullException>(() => output.Write("articles/a/index.html", "<h1>A</h1>"u8));

        // Then
        error.Path.ShouldBe("articles/a/index.html");
        error.Quota.ShouldBeFalse();
        error.HResult.ShouldBe(28); // ENOSPC, kept for callers that look at errno
    }

    [Fact]
    public async Task Should_Report_A_Full_Disk_As_A_Diagnostic_Naming_The_File()
    {
        // Given: a site whose home page lands on /dev/full
        using var site = new TempSite("basic");
        Directory.CreateDirectory(site.PathOf("public"));
        File.CreateSymbolicLink(site.PathOf("public/index.html"), "/dev/full");
        var request = new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } };

        // When
        var result = await SiteBuilder.BuildAsync(new PhysicalFileSystem(site.Root), new PhysicalOutputFolder(site.PathOf("public")), request);

        // Then
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "public/index.html:1:1: error RN0902: no space left on the device while writing this file; free some space and build again",
        ]);
    }
}
