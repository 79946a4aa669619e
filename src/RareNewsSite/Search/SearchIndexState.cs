namespace RareNewsSite.Search;

/// <summary>
/// What one <see cref="SearchIndexBuilder"/> computed in its last build (the engine keeps it for the next build of a preview session), so that editing
/// one article tokenizes, scores and writes only that article's part of the index. Everything is kept with
/// the values it was computed from and reused only for equal values (see <see cref="SearchIndexBuilder"/>),
/// so the files are always those of a build with an empty memo, whatever happened in between. A build holds
/// the memo's lock from start to end.
/// </summary>
internal sealed class SearchIndexState
{
    private Dictionary<SearchDocument, IndexedDocument> _documents = new(SearchDocumentComparer.Instance);
    private (int ShardSplitBytes, int ExcerptSourceChars)? _settings;
    private IReadOnlyList<SearchDocument>? _input;
    private int[]? _order;

    /// <summary>Pages tokenized by the last build (the others' terms were reused).</summary>
    public int TokenizedDocuments { get; internal set; }

    /// <summary>Shard files written by the last build.</summary>
    public int WrittenShards { get; internal set; }

    /// <summary>Shard files the last build kept as they were, because none of their terms' postings changed.</summary>
    public int ReusedShards { get; internal set; }

    /// <summary>True when the last build made every posting list again (page ids moved, scores changed).</summary>
    public bool RebuiltPostings { get; internal set; }

    /// <summary>Held by a build from start to end.</summary>
    internal Lock Gate { get; } = new();

    /// <summary>The aliases of the last build, reused when the next one has the same groups.</summary>
    internal SearchAliases? Aliases { get; set; }

    /// <summary>The scoring context of the last build, reused when the next one has the same weights and averages.</summary>
    internal ScoringContext? Scoring { get; set; }

    /// <summary>The field lengths of the last finished build's pages, added up (see <see cref="ScoringContext"/>).</summary>
    internal long[]? LengthSums { get; set; }

    /// <summary>Every term's stem met so far, for the stem links of <c>meta.json</c> (a term's stem never changes).</summary>
    internal Dictionary<string, string> Stems { get; } = new(StringComparer.Ordinal);

    /// <summary>The last finished build's postings and files; null before one, or while a build changes them.</summary>
    internal IndexState? Last { get; set; }

    /// <summary>Forgets everything when the builder's settings differ from those of the last build.</summary>
    internal void Configure(int shardSplitBytes, int excerptSourceChars)
    {
        if (_settings != (shardSplitBytes, excerptSourceChars))
        {
            _documents = new Dictionary<SearchDocument, IndexedDocument>(SearchDocumentComparer.Instance);
            Aliases = null;
            Scoring = null;
            Last = null;
            (_input, _order) = (null, null);
            _settings = (shardSplitBytes, excerptSourceChars);
        }
    }

    /// <summary>
    /// The documents newest first, in the last build's order when each document has the date and address of the
    /// one at its input position last time (a body edit); null when they must be sorted.
    /// </summary>
    internal List<SearchDocument>? SameOrder(IReadOnlyList<SearchDocument> documents)
    {
        var (input, order) = (_input, _order);
        var same = input is not null && input.Count == documents.Count;
        for (var i = 0; same && i < documents.Count; i++)
        {
            var (now, before) = (documents[i], input![i]);
            same = ReferenceEquals(now, before) || now.Date == before.Date && string.Equals(now.Url, before.Url, StringComparison.Ordinal);
        }
        if (!same)
        {
            order = SearchIndexBuilder.Order(documents);
        }
        (_input, _order) = ([.. documents], order); // a copy: the caller may change its list before the next build
        return same ? [.. order!.Select(i => documents[i])] : null;
    }

    /// <summary>
    /// The memo entry of each document: the last build's at the same position if it is the very same document,
    /// else the existing one for an equal document, else a new one.
    /// </summary>
    internal IndexedDocument[] EntriesFor(List<SearchDocument> docs, IndexedDocument[]? last)
    {
        var entries = new IndexedDocument[docs.Count];
        for (var i = 0; i < docs.Count; i++)
        {
            if (last is not null && i < last.Length && ReferenceEquals(last[i].Document, docs[i]))
            {
                entries[i] = last[i];
                continue;
            }
            if (!_documents.TryGetValue(docs[i], out var entry))
            {
                _documents[docs[i]] = entry = new IndexedDocument(docs[i]);
            }
            entries[i] = entry;
        }
        // Each edit adds an entry; drop the ones no build uses any more once there are 64 of them (a pass over the live
        // ones every 64 edits): letting them grow to as many as the live ones could hold 10,000 old pages' terms and
        // scores in a preview of 10,000 articles.
        if (_documents.Count > entries.Length + 64)
        {
            _documents = entries.DistinctBy(e => e.Document, SearchDocumentComparer.Instance)
                .ToDictionary(e => e.Document, SearchDocumentComparer.Instance);
        }
        return entries;
    }
}
