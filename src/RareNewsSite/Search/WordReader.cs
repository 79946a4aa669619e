using System.Text;

namespace RareNewsSite.Search;

/// <summary>
/// Reads the words of a text by <see cref="SearchText"/>'s rule without a regular expression or a string per
/// occurrence: it scans letters and digits directly, normalizes (NFD) only the stretches whose characters
/// cannot be judged alone (<see cref="WordChars"/>), lower-cases into a buffer, and looks the result up among
/// the words it has seen, making each distinct word's string once. A reader is not thread-safe: each thread
/// takes its own.
/// </summary>
internal sealed class WordReader
{
    private readonly SeenWords _seen = new();
    private readonly IReadOnlySet<string> _abbreviations;
    private readonly AliasTable? _table;
    private char[] _lowered = new char[64];
    private char[] _unmarked = new char[64];

    /// <summary>A reader for the index of <paramref name="aliases"/>: its abbreviations and alias names.</summary>
    public WordReader(SearchAliases aliases)
        : this(aliases.Abbreviations, aliases.Table)
    {
    }

    /// <summary>A reader that knows <paramref name="abbreviations"/> and, when given, the names in <paramref name="table"/>.</summary>
    public WordReader(IReadOnlySet<string> abbreviations, AliasTable? table)
    {
        _abbreviations = abbreviations;
        _table = table;
    }

    /// <summary>Appends every word of <paramref name="text"/> to <paramref name="words"/>, in order, stop words included.</summary>
    public void Read(string text, List<Word> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                i = ReadAscii(text, i, words);
            }
            else if (char.IsAscii(c) || WordChars.Of(c) == WordChars.Kind.Separator)
            {
                i++;
            }
            else
            {
                i = ReadStretch(text, i, words);
            }
        }
    }

    /// <summary>
    /// Reads the word of ASCII letters and digits at <paramref name="start"/>, lower-casing and hashing it in the
    /// same loop (most words: nothing to normalize, no call per character); hands it to <see cref="ReadStretch"/>
    /// when it runs on into other characters. Returns where it stopped.
    /// </summary>
    private int ReadAscii(string text, int start, List<Word> words)
    {
        var (i, hash, hasLowerCase, hasUpperCase) = (start, SeenWords.Start, false, false);
        var lowered = _lowered;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterUpper(c))
            {
                hasUpperCase = true;
                c = (char)(c | 0x20);
            }
            else if (char.IsAsciiLetterLower(c))
            {
                hasLowerCase = true;
            }
            else if (!char.IsAsciiDigit(c))
            {
                if (!char.IsAscii(c))
                {
                    return ReadStretch(text, start, words);
                }
                break;
            }
            if (i - start == lowered.Length)
            {
                Grow(ref _lowered, 2 * lowered.Length);
                lowered = _lowered;
            }
            lowered[i - start] = c;
            hash = SeenWords.Step(hash, c);
        }
        words.Add(new Word(Intern(lowered.AsSpan(0, i - start), hash), hasLowerCase, hasLowerCase || hasUpperCase));
        return i;
    }

    /// <summary>
    /// Reads the words from <paramref name="start"/> up to the next separator and returns where it stopped. NFD
    /// decomposes character by character and reorders only marks, which never move across a separator, so
    /// normalizing this stretch alone gives what normalizing the whole text would.
    /// </summary>
    private int ReadStretch(string text, int start, List<Word> words)
    {
        var (end, normalize, marks) = (start, false, false);
        for (; end < text.Length; end++)
        {
            var c = text[end];
            if (char.IsAscii(c))
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    break;
                }
                continue;
            }
            var kind = WordChars.Of(c);
            if (kind == WordChars.Kind.Separator)
            {
                break;
            }
            normalize |= kind == WordChars.Kind.NeedsNormalizing;
            marks |= kind == WordChars.Kind.Mark;
        }
        var stretch = text.AsSpan(start, end - start);
        if (normalize)
        {
            AddWordsOf(SearchText.Fold(stretch.ToString()), words);
        }
        else if (marks)
        {
            // Letters, digits and marks only: with the marks dropped it is one word (or none, if it was all marks).
            Grow(ref _unmarked, stretch.Length);
            var length = 0;
            foreach (var c in stretch)
            {
                if (char.IsAscii(c) || WordChars.Of(c) != WordChars.Kind.Mark)
                {
                    _unmarked[length++] = c;
                }
            }
            if (length > 0)
            {
                Add(_unmarked.AsSpan(0, length), words);
            }
        }
        else
        {
            Add(stretch, words);
        }
        return end;
    }

    /// <summary>
    /// The runs of letters and digits of folded text, judged per code point as the browser's <c>[\p{L}\p{N}]+/u</c>
    /// does: a letter outside the Basic Multilingual Plane (a surrogate pair) is part of a word, not a separator.
    /// </summary>
    private void AddWordsOf(string folded, List<Word> words)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length;)
        {
            var width = 1;
            var inWord = false;
            if (i < folded.Length)
            {
                if (Rune.TryGetRuneAt(folded, i, out var rune))
                {
                    width = rune.Utf16SequenceLength;
                    inWord = Rune.IsLetter(rune) || Rune.IsNumber(rune);
                }
            }
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                Add(folded.AsSpan(start, i - start), words);
                start = -1;
            }
            i += width;
        }
    }

    /// <summary>Adds one folded word in its written case.</summary>
    private void Add(ReadOnlySpan<char> word, List<Word> words)
    {
        Grow(ref _lowered, word.Length);
        var lowered = _lowered.AsSpan(0, word.Length);
        var (hasLowerCase, hasLetter) = (false, false);
        foreach (var c in word)
        {
            hasLowerCase |= char.IsLower(c);
            hasLetter |= char.IsLetter(c);
        }
        word.ToLowerInvariant(lowered);
        words.Add(new Word(Intern(lowered, SeenWords.Hash(lowered)), hasLowerCase, hasLetter));
    }

    /// <summary>The one instance of a lower-cased word, made on first sight.</summary>
    private InternedWord Intern(ReadOnlySpan<char> lowered, uint hash)
    {
        if (_seen.Find(lowered, hash) is not { } interned)
        {
            var written = lowered.ToString();
            var text = SpellingVariants.Canonical(written);
            // A British spelling shares the word of its American one, so a document counts "paediatric" and "pediatric" as one term.
            var textHash = ReferenceEquals(text, written) ? hash : SeenWords.Hash(text);
            interned = ReferenceEquals(text, written) ? null : _seen.Find(text, textHash);
            if (interned is null)
            {
                var stem = EnglishStemmer.Stem(text);
                interned = new InternedWord(text, stem, UseOf(text), _table?.PhrasesStartingWith(stem) ?? []);
                if (!ReferenceEquals(text, written))
                {
                    _seen.Add(text, interned, textHash);
                }
            }
            _seen.Add(written, interned, hash);
        }
        return interned;
    }

    private TermUse UseOf(string word) =>
        word.Length < 2 ? TermUse.Never
        : !SearchText.StopWords.Contains(word) ? TermUse.Always
        : _abbreviations.Contains(word) ? TermUse.InCapitals
        : TermUse.Never;

    // Keeps what the buffer holds: a word being read may outgrow it half-way.
    private static void Grow(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, 2 * buffer.Length));
        }
    }
}
