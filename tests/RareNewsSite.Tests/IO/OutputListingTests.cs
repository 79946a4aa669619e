using RareNewsSite.IO;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.IO;

public sealed class OutputListingTests
{
    [Fact]
    public void Should_Read_Back_What_Was_Saved_By_The_Same_Version_Only()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Root, "cache", "a.list");
        var listing = OutputListing.Empty();
        listing.Add("index.html", OutputListing.HashOf("<p>hi</p>"u8), 9, 638_000_000_000_000_000);
        listing.Save(file, "v1");

        var back = OutputListing.Load(file, "v1", out var problem);
        problem.ShouldBeNull();
        back!.Lists("index.html", OutputListing.HashOf("<p>hi</p>"u8), 9, out var ticks).ShouldBeTrue();
        ticks.ShouldBe(638_000_000_000_000_000);
        back.Lists("index.html", OutputListing.HashOf("<p>ho</p>"u8), 9, out _).ShouldBeFalse();

        OutputListing.Load(file, "v2", out problem).ShouldBeNull();
        problem.ShouldBe("was written by another version of the program");
    }

    [Fact]
    public void Should_Find_A_Listing_Cut_Short_Damaged_And_None_Where_There_Is_No_File()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Root, "a.list");
        OutputListing.Load(file, "v1", out var problem).ShouldBeNull();
        problem.ShouldBeNull();

        var listing = OutputListing.Empty();
        listing.Add("a.html", OutputListing.HashOf("a"u8), 1, 1);
        listing.Save(file, "v1");
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..^3]);
        OutputListing.Load(file, "v1", out problem).ShouldBeNull();
        problem.ShouldBe("is damaged");
    }
}
