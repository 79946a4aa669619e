using System.Collections.Immutable;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.IO;
using RareNewsSite.Markdown.Links;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Incremental;

public sealed class MemoTests
{
    private sealed class TextMemo : IdentityMemo<object, string>;

    [Fact]
    public void Should_Hand_Back_The_Same_Value_And_Report_Its_Warnings_Again_For_The_Same_Input()
    {
        // Given a step that warns once
        var memo = new TextMemo();
        var input = new object();
        var runs = 0;
        string Step(DiagnosticBag bag)
        {
            runs++;
            bag.Warning(SourceSpan.File("input/a.md"), "RN0999", "careful");
            return $"made {runs}";
        }

        // When it is asked twice for the same object, then with another extra key
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        var a = memo.GetOrCompute(input, "x", first, Step);
        var b = memo.GetOrCompute(input, "x", second, Step);
        var c = memo.GetOrCompute(input, "y", new DiagnosticBag(), Step);

        // Then the second answer is the first object, with the warning reported again; a new key computes again
        b.ShouldBeSameAs(a);
        runs.ShouldBe(2);
        c.ShouldBe("made 2");
        second.ToSortedList().Select(d => d.ToString()).ShouldBe(first.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void Should_Drop_Entries_No_Recent_Build_Used_And_Keep_Used_Ones()
    {
        var memo = new TextMemo();
        var (used, forgotten) = (new object(), new object());
        var runs = 0;
        memo.GetOrCompute(used, null, new DiagnosticBag(), _ => $"{++runs}");
        memo.GetOrCompute(forgotten, null, new DiagnosticBag(), _ => $"{++runs}");

        // Sixteen builds: the first made both, every one asked for the first; sweeps come every eight builds
        for (var build = 0; build < 16; build++)
        {
            memo.GetOrCompute(used, null, new DiagnosticBag(), _ => $"{++runs}").ShouldBe("1");
            memo.Sweep(new Lazy<IReadOnlySet<object>>(new HashSet<object>()));
        }

        memo.GetOrCompute(used, null, new DiagnosticBag(), _ => $"{++runs}").ShouldBe("1", "asked for in every build");
        memo.GetOrCompute(forgotten, null, new DiagnosticBag(), _ => $"{++runs}").ShouldBe("3", "no build asked for it since the last sweep but one");
    }

    [Fact]
    public void Should_Keep_The_Link_Targets_Version_While_Every_Target_Is_Equal()
    {
        var table = new LinkTargetTable();
        var (a, b) = (new Document { Source = "input/articles/a.md" }, new Document { Source = "input/articles/b.md" });
        var made = 0;
        LinkTarget Target(Document doc, params string[] anchors)
        {
            made++;
            return new LinkTarget("/articles/" + Path.GetFileNameWithoutExtension(doc.Source) + "/", ImmutableHashSet.Create(anchors), true);
        }
        table.Register("Content/Process/2", [a, b], null, doc => Target(doc, "background"));
        var first = table.Version;
        table.Targets.Keys.Order(StringComparer.Ordinal).ShouldBe(["input/articles/a.md", "input/articles/b.md"]);

        // The same documents at the same positions are not looked at again
        made = 0;
        table.Register("Content/Process/2", [a, b], null, doc => Target(doc, "background"));
        made.ShouldBe(0);
        table.Version.ShouldBeSameAs(first);

        // An edited file (a new document) with an equal target keeps the version
        var edited = new Document { Source = "input/articles/a.md", Content = "edited" };
        table.Register("Content/Process/2", [edited, b], null, doc => Target(doc, "background"));
        made.ShouldBe(1);
        table.Version.ShouldBeSameAs(first);

        // A new heading changes it; so does a file that goes, and its target goes with it
        table.Register("Content/Process/2", [a, b], null, doc => Target(doc, "background", "results"));
        var second = table.Version;
        second.ShouldNotBeSameAs(first);
        table.Register("Content/Process/2", [b], null, doc => Target(doc, "background", "results"));
        table.Version.ShouldNotBeSameAs(second);
        table.Targets.Keys.ShouldBe(["input/articles/b.md"]);

        // A new key (the clock reached a scheduled date) makes every target again
        made = 0;
        table.Register("Content/Process/2", [b], new object(), doc => Target(doc, "background", "results"));
        made.ShouldBe(1);
    }

    [Fact]
    public void Should_Renew_The_Schedule_Token_Once_The_Clock_Reaches_A_Watched_Date()
    {
        var schedule = new ScheduleVersion();
        var now = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
        var first = schedule.Token(now);
        schedule.Watch(now.AddDays(-1), now); // published already: nothing to wait for
        schedule.Watch(now.AddDays(2), now);
        schedule.Watch(now.AddDays(1), now);

        schedule.Token(now.AddHours(23)).ShouldBeSameAs(first, "no watched date has come");
        var second = schedule.Token(now.AddDays(1));
        second.ShouldNotBeSameAs(first, "the first watched date has come");

        // The steps that got the new token looked at every article again and watch what is still ahead
        schedule.Watch(now.AddDays(2), now.AddDays(1));
        schedule.Token(now.AddDays(1).AddHours(1)).ShouldBeSameAs(second);
        schedule.Token(now.AddDays(2)).ShouldNotBeSameAs(second);
    }

    [Fact]
    public void Should_Hand_On_Outputs_By_Position_Once_The_Build_That_Made_Them_Succeeded()
    {
        // Given a per-document step that warns about one document, run once in a build that succeeded
        var memory = new BuildMemory();
        var (a, b, c) = (new Document { Source = "a.md" }, new Document { Source = "b.md" }, new Document { Source = "c.md" });
        var made = 0;
        Document Step(Document doc, DiagnosticBag bag)
        {
            made++;
            if (doc == b)
            {
                bag.Warning(SourceSpan.File("b.md"), "RN0999", "careful");
            }
            return doc.With("Made", made);
        }
        ImmutableArray<Document> Run(DiagnosticBag bag, object key, params Document[] docs) =>
            DocumentMemo.MapAll<MemoTests>(Context(memory, bag), [.. docs], key, Step, CancellationToken.None);
        var first = Run(new DiagnosticBag(), "k", a, b);
        memory.Steps.Commit();

        // When the same documents come at the same positions with the same key
        made = 0;
        var again = new DiagnosticBag();
        var second = Run(again, "k", a, b);

        // Then nothing is made, the outputs are the very same and the warning is reported again
        made.ShouldBe(0);
        second.ShouldBe(first);
        again.ToSortedList().Select(d => d.Id).ShouldBe(["RN0999"]);

        // When a document comes first, moving the others: they are found by identity, only the new one is made
        var third = Run(new DiagnosticBag(), "k", c, a, b);
        made.ShouldBe(1);
        third[1].ShouldBeSameAs(first[0]);
        third[2].ShouldBeSameAs(first[1]);

        // That build failed, so the next one compares with the last good run; a new key makes everything again
        memory.Steps.Begin();
        made = 0;
        Run(new DiagnosticBag(), "k", a, b);
        made.ShouldBe(0);
        Run(new DiagnosticBag(), "other", a, b);
        made.ShouldBe(2);
    }

    private static BuildContext Context(BuildMemory memory, DiagnosticBag diagnostics)
    {
        var files = new InMemoryFileSystem();
        var setup = RareNewsSite.Site.BuildSetup.Load(files, new RareNewsSite.Site.BuildRequest(), new DiagnosticBag());
        return new BuildContext(setup.Settings, files, new InMemoryOutputFolder(), setup.Options, setup.Services) { Memory = memory, Diagnostics = diagnostics };
    }

    [Fact]
    public void Should_Know_The_Document_The_Last_Good_Build_Wrote()
    {
        var ledger = new OutputLedger();
        var page = new Document { Destination = "a/index.html", Content = "A" };
        ledger.Begin();
        ledger.Record("a/index.html", page);
        ledger.Holds("a/index.html", page).ShouldBeFalse("the build that wrote it has not succeeded yet");

        ledger.Commit([]);
        ledger.Holds("a/index.html", page).ShouldBeTrue();
        ledger.Holds("a/index.html", page with { Content = "A" }).ShouldBeFalse("an equal but new document is written again");

        ledger.Begin();
        ledger.Record("a/index.html", page with { Content = "B" });
        ledger.Begin(); // that build failed: what it wrote is forgotten
        ledger.Holds("a/index.html", page).ShouldBeTrue();

        ledger.Commit(["a/index.html"]);
        ledger.Holds("a/index.html", page).ShouldBeFalse("the page is gone");
    }

    [Fact]
    public void Should_Renew_A_Layout_Version_In_Every_Build_Until_Its_Change_Has_Succeeded()
    {
        var cache = new RenderCache();
        static IEnumerable<string> Files(string layout) => [$"theme/layouts/{layout}.sbn-html", "theme/partials/"];

        cache.Begin(ChangeSet.Of(["input/articles/a.md"]));
        var start = cache.LayoutVersion("article", Files);
        cache.LayoutVersion("article", Files).ShouldBeSameAs(start, "one token per build");
        cache.Commit([]);

        cache.Begin(ChangeSet.Of(["input/articles/b.md"]));
        cache.LayoutVersion("article", Files).ShouldBeSameAs(start, "no layout file changed");

        cache.Begin(ChangeSet.Of(["theme/partials/card.sbn-html"]));
        var changed = cache.LayoutVersion("article", Files);
        changed.ShouldNotBeSameAs(start);
        cache.LayoutVersion("home", Files).ShouldNotBeNull();

        cache.Begin(ChangeSet.Of(["theme/partials/card.sbn-html"])); // the last build failed: the change is still pending
        var retried = cache.LayoutVersion("article", Files);
        retried.ShouldNotBeSameAs(changed, "nothing laid out in a failed build is taken for current");
        cache.Commit([]);

        cache.Begin(ChangeSet.Of(["input/articles/a.md"]));
        cache.LayoutVersion("article", Files).ShouldBeSameAs(retried);
    }
}
