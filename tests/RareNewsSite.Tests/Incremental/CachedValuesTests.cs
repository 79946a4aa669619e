using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Building;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;
using RareNewsSite.Markdown.Images;
using RareNewsSite.Pipelines.Values;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Incremental;

/// <summary>
/// Every document a build makes can be written for the build cache on disk and read back as an equal document, written
/// again as the very same bytes: the bytes' hash is the document's content hash.
/// </summary>
public sealed class CachedValuesTests
{
    [Fact]
    public async Task Should_Read_Back_Every_Document_Of_The_Example_Site_As_It_Was()
    {
        // Given the example site built by a session that remembers every step
        var session = new SiteSession(new PhysicalFileSystem(RepoPaths.Root), new BuildRequest());
        (await session.BuildAsync()).Result.Succeeded.ShouldBeTrue();

        // Then every document it remembers reads back as itself
        ShouldReadBackAsItWas(session);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Should_Read_Back_Every_Document_Of_A_Random_Site_As_It_Was(int seed)
    {
        var site = new RandomSite(seed);
        var session = new SiteSession(site.Files, new BuildRequest { Options = new BuildOptions { IncludeDrafts = true, Clock = TestClock.Default } });
        await session.BuildAsync();
        ShouldReadBackAsItWas(session);
    }

    [Fact]
    public async Task Should_Parse_A_File_Read_Back_With_Its_Pictures_Pointed_At_Their_Files()
    {
        // Given an article showing a local picture and an external one
        var site = TestSite.FromText("""
            -- input/authors/a.md --
            ---
            name: Ann
            ---
            Bio.
            -- input/articles/one.md --
            ---
            title: One
            date: 2026-01-01
            author: a
            summary: S
            ---
            ![A scan](../assets/scan.png) and ![A chart](https://example.org/chart.png)
            """);
        site.Files.Add("input/assets/scan.png", Images.TestPhotos.Png(64, 48));
        var session = new SiteSession(site.Files, new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
        (await session.BuildAsync()).Result.Succeeded.ShouldBeTrue();

        // Then its tree, parsed again from what was kept, points the local picture at its published file
        ShouldReadBackAsItWas(session, atLeast: 20);
        var parsed = session.Cache.Documents.Select(d => d.GetOrDefault<ParsedMarkdown>(Keys.MarkdownAst)).OfType<ParsedMarkdown>().First(p => p.Path.EndsWith("one.md", StringComparison.Ordinal));
        var back = new DocumentCodec(parsed.Pipeline).Read(new DocumentCodec(parsed.Pipeline).Write(new Document().With(Keys.MarkdownAst, parsed)));
        back.Get<ParsedMarkdown>(Keys.MarkdownAst).Tree.Descendants<LinkInline>().Select(l => l.Url).ShouldBe(["/assets/scan.png", "https://example.org/chart.png"]);
    }

    [Fact]
    public void Should_Have_Generated_Code_For_Every_Type_A_Value_May_Have()
    {
        // A type named in the list but not in the context could be written only by reflection, which the context turns off.
        CachedValueTypes.Types.Where(t => t != typeof(ParsedMarkdown) && CachedValuesJsonContext.Default.GetTypeInfo(t) is null).ShouldBeEmpty();
    }

    [Fact]
    public void Should_Have_A_Converter_Made_In_Code_For_Every_List_Of_Values_A_Cached_Value_Holds()
    {
        // Given: every list type reachable from the types a value may have, through their properties
        var seen = new HashSet<Type>();
        var lists = new HashSet<Type>();
        var pending = new Stack<Type>(CachedValueTypes.Types);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type) || type.Assembly != typeof(ValueArray<>).Assembly && !type.IsGenericType)
            {
                continue;
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueArray<>))
            {
                lists.Add(type);
            }
            foreach (var inner in type.GetGenericArguments().Concat(type.GetProperties().Select(p => p.PropertyType)))
            {
                pending.Push(inner);
            }
        }

        // Then: the tool compiled ahead of time has code for each list of values (a list of classes shares one body)
        lists.ShouldContain(typeof(ValueArray<(string, string)>));
        lists.Where(t => t.GetGenericArguments()[0].IsValueType).Order(TypeNames).ShouldBe(
            CachedValueTypes.ListOfStructConverters.Select(c => c.Type!).Order(TypeNames));
    }

    [Fact]
    public void Should_Read_Back_Lists_Of_Texts_And_Sections_As_Written()
    {
        // Given a search document whose lists hold texts that JSON escapes, and sections (each kept as a small array)
        var codec = new DocumentCodec(RareNewsSite.Markdown.MarkdownPipelineFactory.For(allowRawHtml: false));
        var doc = new RareNewsSite.Search.SearchDocument
        {
            Url = "/articles/a/",
            Title = "A <script>alert(1)</script> title",
            Date = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Summary = "Summary",
            Body = "Body text of the article.",
            Tags = ["\"quoted\"", "naïve café", "line\nbreak", ""],
            Sections = [new RareNewsSite.Search.SearchSection("what-the-study-found", 0, 12), new RareNewsSite.Search.SearchSection("é", 12, 0)],
            Diseases = [new RareNewsSite.Search.SearchAliasGroup("Fabry disease", ["Anderson–Fabry disease"])],
        };

        // When it is written and read back
        var bytes = codec.WriteValue(doc);
        var back = codec.ReadValue(bytes);

        // Then it is equal, and written again as the very same bytes
        back.ShouldBe(doc);
        codec.WriteValue(back).ShouldBe(bytes);
        System.Text.Encoding.UTF8.GetString(bytes).ShouldContain("[\"what-the-study-found\",0,12]");
    }

    [Fact]
    public async Task Should_Hash_Every_Document_Of_Two_Sessions_The_Same_And_Keep_A_Shared_Value_Once()
    {
        // Given the same site built by two sessions: equal documents, different objects
        var hashes = new List<HashSet<UInt128>>();
        ContentStore? store = null;
        Document? sample = null;
        foreach (var _ in new[] { 1, 2 })
        {
            var session = new SiteSession(new RandomSite(4).Files, new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
            await session.BuildAsync();
            var docs = session.Cache.Documents.ToList();
            var markdown = docs.Select(d => d.GetOrDefault<ParsedMarkdown>(Keys.MarkdownAst)).OfType<ParsedMarkdown>().First().Pipeline;
            store = new ContentStore(new DocumentCodec(markdown));
            hashes.Add([.. docs.Select(store.Add)]);
            sample = docs.First(d => d.Metadata.ContainsKey(Keys.Card));
        }

        // Then they hash the same
        hashes[0].SetEquals(hashes[1]).ShouldBeTrue();

        // And a document with one value more is one more record and one more value; the values it shares are kept once
        var before = store!.Count;
        var changed = sample!.With(Keys.PageKind, "changed-" + Guid.NewGuid());
        store.Add(changed).ShouldNotBe(store.Add(sample));
        store.Count.ShouldBe(before + 2);
    }

    [Fact]
    public async Task Should_Hash_What_Each_Step_Read_The_Same_In_Two_Sessions_And_Otherwise_After_An_Edit()
    {
        // Given the same site built by two sessions, and an edited copy by a third
        var first = await ReadHashes(new RandomSite(5));
        var second = await ReadHashes(new RandomSite(5));
        var site = new RandomSite(5);
        site.Edit();
        var edited = await ReadHashes(site);

        // Then what each step read hashes the same in the first two; after the edit some reads saw something else, most did not
        second.SetEquals(first).ShouldBeTrue();
        edited.SetEquals(first).ShouldBeFalse();
        edited.Intersect(first).Count().ShouldBeGreaterThan(first.Count / 2);
    }

    [Fact]
    public async Task Should_Hash_Every_Value_As_The_Bytes_Kept_For_It()
    {
        // Given the example site built by a session that remembers every step, and the hasher of a build with a cache on
        // disk, made with another Markdown pipeline than the build's (the pipeline is only for reading back)
        var session = new SiteSession(new PhysicalFileSystem(RepoPaths.Root), new BuildRequest());
        (await session.BuildAsync()).Result.Succeeded.ShouldBeTrue();
        var docs = session.Cache.Documents.Distinct(ReferenceEqualityComparer.Instance).Cast<Document>().ToList();
        var markdown = docs.Select(d => d.GetOrDefault<ParsedMarkdown>(Keys.MarkdownAst)).OfType<ParsedMarkdown>().First().Pipeline;
        var codec = new DocumentCodec(markdown);
        IContentHasher hasher = new ContentStore(new DocumentCodec(new MarkdownPipelineBuilder().Build()), keep: false);

        // Then each value hashes as the bytes the build cache keeps for it, so that a kept value's hash can stand for
        // the value's (Traces hashes a value it kept as those bytes, without writing it again)
        var values = docs.SelectMany(d => d.Metadata.Keys.Select(k => d.Metadata.TryGetValue(k, out var v) ? v : null)).OfType<object>().ToList();
        values.Count.ShouldBeGreaterThan(500);
        values.Where(v => hasher.HashValue(v) != DocumentCodec.Hash(codec.WriteValue(v))).Select(v => v.GetType().Name).Distinct().ShouldBeEmpty();
    }

    private static readonly Comparer<Type> TypeNames = Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.FullName, b.FullName));

    private static async Task<HashSet<UInt128>> ReadHashes(RandomSite site)
    {
        var session = new SiteSession(site.Files, new BuildRequest { Options = new BuildOptions { Clock = TestClock.Default } });
        await session.BuildAsync();
        var markdown = session.Cache.Documents.Select(d => d.GetOrDefault<ParsedMarkdown>(Keys.MarkdownAst)).OfType<ParsedMarkdown>().First().Pipeline;
        var hasher = new ContentStore(new DocumentCodec(markdown), keep: false);
        var sets = session.Cache.ReadSets.ToList();
        sets.Count.ShouldBeGreaterThan(20);
        var hashes = new ReadHashes(hasher);
        return [.. sets.Select(hashes.Of)];
    }

    private static void ShouldReadBackAsItWas(SiteSession session, int atLeast = 100)
    {
        var docs = session.Cache.Documents.Distinct(ReferenceEqualityComparer.Instance).Cast<Document>().ToList();
        docs.Count.ShouldBeGreaterThan(atLeast);
        var markdown = docs.Select(d => d.GetOrDefault<ParsedMarkdown>(Keys.MarkdownAst)).OfType<ParsedMarkdown>().First().Pipeline;
        var codec = new DocumentCodec(markdown);
        var problems = new List<string>();
        foreach (var doc in docs)
        {
            var bytes = codec.Write(doc);
            var back = codec.Read(bytes);
            if (!back.Equals(doc))
            {
                var keys = doc.Metadata.Keys.Where(k => !Equals(back.Metadata.TryGetValue(k, out var v) ? v : null, doc.Metadata.TryGetValue(k, out var w) ? w : null));
                problems.Add($"{doc.Source ?? doc.Destination}: not equal at {string.Join(", ", keys.DefaultIfEmpty("its text, bytes or addresses"))}");
            }
            else if (!codec.Write(back).AsSpan().SequenceEqual(bytes))
            {
                problems.Add($"{doc.Source ?? doc.Destination}: written again as other bytes");
            }
            else if (doc.GetOrDefault<ParsedMarkdown>(Keys.MarkdownAst) is { } parsed && !SameTree(parsed, back.Get<ParsedMarkdown>(Keys.MarkdownAst)))
            {
                problems.Add($"{doc.Source}: its tree parsed again differs");
            }
        }
        problems.Distinct().ShouldBeEmpty();
    }

    // The same HTML, and each image pointed at the same file: what the renderer makes of a tree.
    private static bool SameTree(ParsedMarkdown a, ParsedMarkdown b) =>
        a.Tree.ToHtml(a.Pipeline) == b.Tree.ToHtml(b.Pipeline)
            && a.Tree.Descendants<LinkInline>().Select(l => (l.Url, l.GetData(ImagePaths.SourceKey)))
                .SequenceEqual(b.Tree.Descendants<LinkInline>().Select(l => (l.Url, l.GetData(ImagePaths.SourceKey))));
}
