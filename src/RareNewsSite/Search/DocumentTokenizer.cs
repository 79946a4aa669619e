using System.Runtime.InteropServices;

namespace RareNewsSite.Search;

/// <summary>
/// Makes <see cref="DocumentTerms"/>: reads each text of a document once, and the same words give both the
/// term counts and the names the alias table finds. It reuses its buffers and its reader's words from one
/// document to the next, so each thread takes its own and keeps it for many documents.
/// </summary>
internal sealed class DocumentTokenizer(SearchAliases aliases)
{
    private static readonly SearchField[] Fields = Enum.GetValues<SearchField>();

    private readonly WordReader _reader = new(aliases);

    // The title, summary, headings and body, in that order: the alias table reads them as one text, so a name may
    // run from the end of one into the next, as it always could.
    private readonly List<Word> _text = [];
    private readonly List<Word> _other = [];
    private readonly List<int> _phraseStarts = [];
    private readonly List<SearchAliasGroup> _mentionedGroups = [];
    private readonly List<string> _mentionedNames = [];
    private readonly List<InternedWord> _fieldTerms = [];
    private readonly List<string> _terms = [];
    private readonly List<TermCount> _counts = [];
    private int _fieldStamp = 1;
    private int _documentStamp = 1;
    private int _fieldLength;

    /// <summary>The aliases the terms are computed with.</summary>
    public SearchAliases Aliases { get; } = aliases;

    /// <summary>Tokenizes every field of <paramref name="doc"/>.</summary>
    public DocumentTerms Tokenize(SearchDocument doc)
    {
        _documentStamp++;
        _text.Clear();
        _terms.Clear();
        _counts.Clear();
        _phraseStarts.Clear();
        _reader.Read(doc.Title, _text);
        var titleEnd = _text.Count;
        _reader.Read(doc.Summary, _text);
        var summaryEnd = _text.Count;
        foreach (var heading in doc.Headings)
        {
            _reader.Read(heading, _text);
        }
        var headingsEnd = _text.Count;
        _reader.Read(doc.Body, _text);

        var lengths = new int[Fields.Length];
        var starts = new int[Fields.Length + 1];
        foreach (var field in Fields)
        {
            starts[(int)field] = _counts.Count;
            switch (field)
            {
                case SearchField.Title: Count(_text, 0, titleEnd, _phraseStarts); break;
                case SearchField.Headings: Count(_text, summaryEnd, headingsEnd, _phraseStarts); break;
                case SearchField.Summary: Count(_text, titleEnd, summaryEnd, _phraseStarts); break;
                case SearchField.Diseases: Count(doc.Diseases); break;
                case SearchField.Drugs: Count(doc.Drugs); break;
                case SearchField.Symptoms: Count(doc.Symptoms); break;
                case SearchField.Tags: Count(doc.Tags); break;
                case SearchField.Authors: Count(doc.Authors); break;
                case SearchField.Body: Count(_text, headingsEnd, _text.Count, _phraseStarts); break;
                case SearchField.Aliases:
                    AliasTable.NamesMentionedIn(_text, _phraseStarts, _mentionedGroups, _mentionedNames);
                    Count(_mentionedNames);
                    break;
                default: throw new InvalidOperationException($"No text for the search field {field}.");
            }
            lengths[(int)field] = EndField();
        }
        starts[Fields.Length] = _counts.Count;
        return new DocumentTerms(Aliases, lengths, [.. _terms], starts, [.. _counts]);
    }

    private void Count(IReadOnlyList<SearchAliasGroup> groups)
    {
        foreach (var group in groups)
        {
            Count(group.Name);
            foreach (var name in group.OtherNames)
            {
                Count(name);
            }
        }
    }

    private void Count(IReadOnlyList<string> texts)
    {
        foreach (var text in texts)
        {
            Count(text);
        }
    }

    private void Count(string text)
    {
        _other.Clear();
        _reader.Read(text, _other);
        Count(_other, 0, _other.Count);
    }

    /// <summary>Counts the terms among <paramref name="words"/>[from..to]; notes in <paramref name="phraseStarts"/> where an alias name may start.</summary>
    private void Count(List<Word> words, int from, int to, List<int>? phraseStarts = null)
    {
        var (stamp, length) = (_fieldStamp, 0);
        var span = CollectionsMarshal.AsSpan(words);
        for (var i = from; i < to; i++)
        {
            ref readonly var word = ref span[i];
            var term = word.Interned;
            if (term.StartsPhrase)
            {
                phraseStarts?.Add(i);
            }
            if (!word.IsTerm)
            {
                continue;
            }
            if (term.FieldStamp != stamp)
            {
                term.FieldStamp = stamp;
                term.FieldCount = 0;
                _fieldTerms.Add(term);
            }
            term.FieldCount++;
            length++;
        }
        _fieldLength += length;
    }

    /// <summary>Records the field's counts (giving terms met for the first time in the document their position) and returns its length.</summary>
    private int EndField()
    {
        foreach (var term in _fieldTerms)
        {
            if (term.DocumentStamp != _documentStamp)
            {
                term.DocumentStamp = _documentStamp;
                term.DocumentIndex = _terms.Count;
                _terms.Add(term.Text);
            }
            _counts.Add(new TermCount(term.DocumentIndex, term.FieldCount));
        }
        _fieldTerms.Clear();
        _fieldStamp++;
        var length = _fieldLength;
        _fieldLength = 0;
        return length;
    }
}
