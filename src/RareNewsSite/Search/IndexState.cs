using System.Collections.Immutable;

namespace RareNewsSite.Search;

/// <summary>
/// A finished build: its pages in id order with the scored terms the postings hold for them, the postings,
/// filters and files (with each file's hash except <c>meta.json</c>'s, and the sum of their parts of the version). Its postings are updated in place
/// by the next build, which therefore takes it out of the memo first.
/// </summary>
internal sealed record IndexState(
    IndexedDocument[] Entries,
    ScoredTerms[] Scores,
    SearchPostings Postings,
    IndexFile Filters,
    ImmutableSortedDictionary<string, byte[]> Files,
    ImmutableSortedDictionary<string, byte[]> Hashes,
    ulong VersionSum);
