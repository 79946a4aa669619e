using System.Text;
using RareNewsSite.Search;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Search;

public sealed class RiceListsTests
{
    [Fact]
    public void Should_Read_Back_Every_List_In_Order()
    {
        var random = new Random(16);
        List<List<int>> lists =
        [
            [],
            [0],
            [0, 1, 2, 3, 4, 5, 6, 7],
            [1_000_000],
            [.. Enumerable.Range(0, 10_000).Where(_ => random.Next(100) == 0)],
            [.. Enumerable.Range(0, 10_000).Where(_ => random.Next(3) == 0)],
            [5, 900, 901, 70_000],
        ];
        var text = new StringBuilder();
        lists.ForEach(list => RiceLists.Append(text, list));

        RiceLists.Decode(text.ToString()).ShouldBe(lists);
        text.ToString().ShouldAllBe(c => Base64Varint.Alphabet.Contains(c));
    }

    [Fact]
    public void Should_Take_Close_To_The_Fewest_Bits_For_Evenly_Spread_Pages()
    {
        // A value on about one page in a hundred of 10,000: the fewest bits any code can take for such a set is
        // log2(C(10000, k)), about k * 8.1 bits; base-32 digits took two characters (12 bits) a page.
        var random = new Random(7);
        var pages = Enumerable.Range(0, 10_000).Where(_ => random.Next(100) == 0).ToList();
        var text = new StringBuilder();

        RiceLists.Append(text, pages);

        var bits = text.Length * 6.0;
        bits.ShouldBeLessThan(pages.Count * 8.1 * 1.1);
    }

    [Fact]
    public void Should_Refuse_Ids_Out_Of_Order()
    {
        Should.Throw<ArgumentException>(() => RiceLists.Append(new StringBuilder(), [3, 2]));
        Should.Throw<ArgumentException>(() => RiceLists.Append(new StringBuilder(), [2, 2]));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(40, 6)]
    [InlineData(64, 6)]
    [InlineData(65, 7)]
    public void Should_Give_One_Value_Per_Page_The_Bits_Its_Largest_Value_Needs(int values, int width)
    {
        OneValuePerPage.Width(values).ShouldBe(width);

        var random = new Random(values);
        var pages = Enumerable.Range(0, 1_000).Select(_ => random.Next(values)).ToList();
        var text = new StringBuilder();
        OneValuePerPage.Append(text, pages, width);
        text.Length.ShouldBe((pages.Count * width + 5) / 6);
        OneValuePerPage.Decode(text.ToString(), pages.Count, width).ShouldBe(pages);
    }
}
