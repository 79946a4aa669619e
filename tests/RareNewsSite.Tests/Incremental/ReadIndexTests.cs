using RareNewsSite.Engine;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Incremental;

public sealed class ReadIndexTests
{
    [Fact]
    public void Should_Forget_A_Value_Seen_Before_Once_No_Document_Reads_It_Any_More()
    {
        // Given a step's index over two documents that both read another pipeline's list and one lookup
        var state = new BuildState(new Dictionary<Type, object>(), new InMemoryFileSystem(), new BuildOptions(), new BuildCache());
        state.SetProcessed("Other", [new Document { Source = "input/a.md" }]);
        var list = new ValuesRead("Other", "Card");
        var lookup = new LookupRead("Other", "input/a.md", "Card", -1);
        ReadSet[] Sets(object seen) => [new([list, lookup], [seen, "card"]), new([list, lookup], [seen, "card"])];
        var sets = Sets(new object());
        var index = ReadIndex.Of(sets, state);
        index.Count.ShouldBe(2);

        // When each of 50 builds sees a new list (as every edit of a preview makes one)
        for (var build = 0; build < 50; build++)
        {
            var now = Sets(new object());
            index.Replace([0, 1], sets, now, state);
            sets = now;
        }

        // Then the index lists what is read now and no more: a list seen before would keep its documents alive
        index.Count.ShouldBe(2);
    }
}
