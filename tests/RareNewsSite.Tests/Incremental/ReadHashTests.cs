using RareNewsSite.Engine.Incremental;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Incremental;

public sealed class ReadHashTests
{
    public static TheoryData<string[]> Listings => new([], [""], ["input/articles/a.md"], ["input/articles/a.md", "", "input/articles/café-ünïcode-😀.md"]);

    [Theory]
    [MemberData(nameof(Listings))]
    public void Should_Hash_A_Folder_Listing_As_The_Text_Of_Its_Lines(string[] paths)
    {
        // A listing is hashed line by line, without joining it into one text: the hash must be that of the joined text
        new FileListRead("input/articles", ".md").Hash(paths, null!).ShouldBe(Read.HashOfText(string.Join('\n', paths)));
    }

    [Fact]
    public void Should_Hash_A_Listing_Of_Long_And_Many_Paths_As_Its_Text()
    {
        // Paths longer than the stack buffer a line is encoded into, and 10,000 of them
        var paths = Enumerable.Range(0, 10_000).Select(i => $"input/articles/{new string((char)('a' + i % 26), i % 700)}-é-{i}.md").ToList();

        Read.HashOfLines(paths).ShouldBe(Read.HashOfText(string.Join('\n', paths)));
    }
}
