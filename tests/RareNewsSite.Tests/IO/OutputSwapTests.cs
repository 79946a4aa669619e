using RareNewsSite.IO;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.IO;

public sealed class OutputSwapTests
{
    [Fact]
    public void Should_Rename_The_Staging_Folder_When_There_Is_No_Output_Yet()
    {
        using var temp = new TempFolder();
        Write(temp.PathOf("site.building-1/index.html"), "new");

        OutputSwap.Replace(temp.PathOf("site.building-1"), temp.PathOf("site"));

        temp.Names().ShouldBe(["site"]);
        File.ReadAllText(temp.PathOf("site/index.html")).ShouldBe("new");
    }

    [Fact]
    public void Should_Leave_The_Previous_Build_Under_The_Staging_Name()
    {
        using var temp = new TempFolder();
        Write(temp.PathOf("site/index.html"), "old");
        Write(temp.PathOf("site/gone.html"), "old");
        Write(temp.PathOf("site.building-1/index.html"), "new");

        OutputSwap.Replace(temp.PathOf("site.building-1"), temp.PathOf("site"));

        File.ReadAllText(temp.PathOf("site/index.html")).ShouldBe("new");
        File.Exists(temp.PathOf("site/gone.html")).ShouldBeFalse();
        File.ReadAllText(temp.PathOf("site.building-1/index.html")).ShouldBe("old"); // the caller deletes it
    }

    [Fact]
    public void Should_Exchange_Two_Folders_In_One_Step_On_Linux()
    {
        Assert.True(OperatingSystem.IsLinux(), "renameat2 is Linux's; elsewhere OutputSwap falls back to two renames");
        using var temp = new TempFolder();
        Write(temp.PathOf("a/name.txt"), "a");
        Write(temp.PathOf("b/name.txt"), "b");

        DirectoryExchange.TryExchange(temp.PathOf("a"), temp.PathOf("b")).ShouldBeTrue();

        File.ReadAllText(temp.PathOf("a/name.txt")).ShouldBe("b");
        File.ReadAllText(temp.PathOf("b/name.txt")).ShouldBe("a");
    }

    [Fact]
    public void Should_Throw_For_A_Missing_Folder_Rather_Than_Fall_Back()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.PathOf("a"));

        Should.Throw<IOException>(() => DirectoryExchange.TryExchange(temp.PathOf("a"), temp.PathOf("missing")));
    }

    private static void Write(string file, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
}
