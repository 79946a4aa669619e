using System.Diagnostics;
using RareNewsSite.IO;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.IO;

public sealed class StagingFoldersTests
{
    private const int AlwaysRunning = 1; // init, or the container's first process

    [Theory]
    [InlineData("site.building-123", 123, false)]
    [InlineData("site.old-7", 7, true)]
    public void Should_Read_The_Owner_Of_A_Staging_Folder(string sibling, int pid, bool isOld) =>
        StagingFolders.OwnerOf("site", sibling).ShouldBe((pid, isOld));

    [Theory]
    [InlineData("site")]
    [InlineData("site.building-")]
    [InlineData("site.building-12x")]
    [InlineData("site.building-+12")]
    [InlineData("site.building-12.tmp")]
    [InlineData("sitex.building-12")]
    [InlineData("other.old-12")]
    public void Should_Not_Take_Other_Folders_For_Staging_Folders(string sibling) =>
        StagingFolders.OwnerOf("site", sibling).ShouldBeNull();

    [Fact]
    public void Should_Delete_The_Folders_Of_Builds_That_Are_Gone_And_Keep_Those_Of_Running_Ones()
    {
        // Given
        using var temp = new TempFolder();
        var dead = DeadProcessId();
        foreach (var name in (string[])["site", $"site.building-{dead}", $"site.old-{dead}", $"site.building-{Environment.ProcessId}",
                     $"site.building-{AlwaysRunning}", $"site.old-{AlwaysRunning}", $"other.building-{dead}"])
        {
            Directory.CreateDirectory(temp.PathOf(name + "/sub"));
            File.WriteAllText(temp.PathOf(name + "/sub/file.txt"), name);
        }

        // When
        StagingFolders.RemoveStale(temp.PathOf("site"));

        // Then: this process's own leftover goes too (a dead process had its id before)
        temp.Names().ShouldBe([$"other.building-{dead}", "site", $"site.building-{AlwaysRunning}", $"site.old-{AlwaysRunning}"]);
        File.ReadAllText(temp.PathOf("site/sub/file.txt")).ShouldBe("site");
    }

    [Fact]
    public void Should_Move_Back_An_Old_Build_Stranded_Between_Two_Renames()
    {
        using var temp = new TempFolder();
        var dead = DeadProcessId();
        Directory.CreateDirectory(temp.PathOf($"site.old-{dead}"));
        File.WriteAllText(temp.PathOf($"site.old-{dead}/index.html"), "old");
        Directory.CreateDirectory(temp.PathOf($"site.building-{dead}"));

        StagingFolders.RemoveStale(temp.PathOf("site"));

        temp.Names().ShouldBe(["site"]);
        File.ReadAllText(temp.PathOf("site/index.html")).ShouldBe("old");
    }

    [Fact]
    public void Should_Delete_A_Whole_Tree_But_Only_The_Link_Of_A_Linked_Folder()
    {
        // Given: a build-like tree, with a link inside it and a staging name that is itself a link
        using var temp = new TempFolder();
        for (var i = 0; i < 50; i++)
        {
            Directory.CreateDirectory(temp.PathOf($"site.building-1/articles/a{i}"));
            File.WriteAllText(temp.PathOf($"site.building-1/articles/a{i}/index.html"), "x");
        }
        Directory.CreateDirectory(temp.PathOf("keep/sub"));
        File.WriteAllText(temp.PathOf("keep/sub/file.txt"), "keep");
        Directory.CreateSymbolicLink(temp.PathOf("site.building-1/articles/link"), temp.PathOf("keep"));
        Directory.CreateSymbolicLink(temp.PathOf("site.building-2"), temp.PathOf("keep"));

        // When
        StagingFolders.DeleteQuietly(temp.PathOf("site.building-1"));
        StagingFolders.DeleteQuietly(temp.PathOf("site.building-2"));
        StagingFolders.DeleteQuietly(temp.PathOf("missing"));

        // Then
        temp.Names().ShouldBe(["keep"]);
        File.ReadAllText(temp.PathOf("keep/sub/file.txt")).ShouldBe("keep");
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start("true");
        process.WaitForExit();
        return process.Id;
    }
}
