using System.Collections.Immutable;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine.Incremental;
using RareNewsSite.IO;

namespace RareNewsSite.Engine;

/// <summary>
/// What a module can see, and the only way it sees anything: the build's inputs, the site's files, the other
/// pipelines' documents and the clock. In a build that keeps a cache every read is noted with the value it gave, so
/// the engine knows, without being told, when a step would make the same again.
/// </summary>
public sealed class BuildContext
{
    private readonly ReadLog? _log;

    internal BuildContext(BuildState state, string stepName, ReadLog? log, DiagnosticBag diagnostics)
    {
        State = state;
        StepName = stepName;
        _log = log;
        Diagnostics = diagnostics;
        Files = log is null ? state.Files : new NotingFileSystem(state.Files, log, state.Traces?.Stamps);
    }

    internal BuildState State { get; }

    /// <summary>The running step, as <c>pipeline/phase/position</c>.</summary>
    internal string StepName { get; }

    /// <summary>Where the module reports problems.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>The site root's files (input, theme, settings).</summary>
    public ISiteFileSystem Files { get; }

    /// <summary>How this build was asked for: drafts, future posts, editorial checks.</summary>
    public BuildOptions Options
    {
        get
        {
            // What a step can learn from the options is the three switches; the clock is read through IsFuture.
            Note(OptionsRead.Instance, OptionsRead.Instance.Current(State));
            return State.Options;
        }
    }

    /// <summary>A build input given by the front door (settings, the Markdown pipeline, the theme).</summary>
    public T Input<T>() where T : class => Note(new InputRead(typeof(T)), (T)State.Input(typeof(T)));

    /// <summary>True when <paramref name="date"/> is after "now" (a scheduled article).</summary>
    public bool IsFuture(DateTimeOffset date)
    {
        var future = State.IsFuture(date);
        Note(new ClockRead(date), future ? ClockRead.Yes : ClockRead.No);
        return future;
    }

    /// <summary>The documents a pipeline had after its Process phase.</summary>
    public ImmutableArray<Document> OutputsOf(string pipeline) => Note(new OutputsRead(pipeline), State.OutputsOf(pipeline));

    /// <summary>
    /// The value at <paramref name="key"/> of each document a pipeline had after its Process phase, in order. A step that
    /// reads only these values is redone only when one of them changes, not when anything else in those documents does.
    /// </summary>
    public IReadOnlyList<T> ValuesOf<T>(string pipeline, string key)
    {
        var read = new ValuesRead(pipeline, key);
        Note(read, State.CurrentOf(read));
        return State.ValuesOf<T>(pipeline, key);
    }

    /// <summary>
    /// <see cref="ValuesOf{T}"/> as a lookup by <paramref name="keyOf"/>, read as <see cref="ValuesOf{T}"/> is. It is made
    /// once per build and shared by every step that passes the same function, so <paramref name="keyOf"/> must depend on
    /// the value alone (a static lambda). Where two values have the same key, the first is kept.
    /// </summary>
    public IReadOnlyDictionary<TKey, T> ValuesBy<T, TKey>(string pipeline, string key, Func<T, TKey> keyOf) where TKey : notnull
    {
        var read = new ValuesRead(pipeline, key);
        Note(read, State.CurrentOf(read));
        return State.ValuesBy(pipeline, key, keyOf);
    }

    /// <summary>
    /// The value at <paramref name="key"/> of the document from <paramref name="source"/> among a pipeline's processed
    /// documents (default when there is none): a step that reads one document's value is redone only when that changes.
    /// </summary>
    public T? ValueAt<T>(string pipeline, string source, string key)
    {
        var (value, position) = State.ValueAt(pipeline, source, key);
        return (T?)Note(new LookupRead(pipeline, source, key, position), value);
    }

    /// <summary>The destination and value at <paramref name="key"/> of every page that has one, for Output-phase steps (the sitemap).</summary>
    public IReadOnlyList<(string? Destination, object? Value)> RenderedValues(string key)
    {
        var read = new RenderedRead(key);
        Note(read, State.CurrentOf(read));
        return State.RenderedValues(key);
    }

    /// <summary>
    /// Returns <paramref name="doc"/> holding the bytes <paramref name="write"/> writes, for a file of the output. For a
    /// large file (a feed) rather than making a byte array: the engine keeps them where it can reuse the memory once the
    /// file is written. The document is the step's output as it is, given on once and not kept.
    /// </summary>
    public Document WithBytesWritten(Document doc, Action<Stream> write) => LentBytes.Write(doc, write, lend: MakesPages && State.Cache is null);

    /// <summary>
    /// True when the engine keeps what an <see cref="IUpdatingModule"/> returns as its state for the next build (the
    /// preview's builds). Otherwise the state is dropped as soon as the module returns, and the module need not hold
    /// what only a next build would reuse while it still works.
    /// </summary>
    public bool KeepsModuleState => State.Cache is not null;

    /// <summary>The name of the pipeline the step belongs to (the first part of <see cref="StepName"/>).</summary>
    internal string PipelineName => StepName[..Math.Max(0, StepName.IndexOf('/', StringComparison.Ordinal))];

    /// <summary>True for the step that makes files of the output (its pipeline's last, whose documents are written as they are made).</summary>
    internal bool MakesPages { get; private init; }

    internal BuildContext ForStep(string stepName, bool makesPages = false) => new(State, stepName, _log, Diagnostics) { MakesPages = makesPages };

    internal BuildContext ForRun(ReadLog log, DiagnosticBag diagnostics) => new(State, StepName, log, diagnostics) { MakesPages = MakesPages };

    private T Note<T>(Read read, T value) => _log is null ? value : _log.Note(read, value);

    /// <summary>The site's files, noting each read (and, in a build with a cache on disk, each file's stamp with the bytes read).</summary>
    private sealed class NotingFileSystem(ISiteFileSystem files, ReadLog log, FileStamps? stamps) : ISiteFileSystem
    {
        public bool FileExists(string path) => log.Note(new FileExistsRead(path), files.FileExists(path));

        public byte[] ReadAllBytes(string path)
        {
            // Stamped before it is read: a change while it is read gives it another time, so the next build reads it again.
            var before = stamps is null ? null : files.Stamp(path);
            var bytes = files.ReadAllBytes(path);
            stamps?.Note(path, before, bytes);
            return log.Note(new FileRead(path), bytes);
        }

        public FileStamp? Stamp(string path) => files.Stamp(path);

        public IReadOnlyList<string> ListFiles(string folder, string suffix) => log.Note(new FileListRead(folder, suffix), files.ListFiles(folder, suffix));

        public string ShownPath(string path) => files.ShownPath(path);
    }
}
