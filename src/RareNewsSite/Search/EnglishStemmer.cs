using System.Collections.Frozen;

namespace RareNewsSite.Search;

/// <summary>
/// The Snowball English ("Porter2") stemmer, as the Snowball project's <c>english.sbl</c> defines it, so that
/// "infants" and "infant", "screened" and "screening" meet. <c>theme/assets/search-words.js</c> is the same algorithm
/// line for line; both are tested against the project's published vocabulary and expected output in full. Only words
/// of the letters a–z (and apostrophes) are stemmed: the algorithm is for English, and a word with other letters or
/// digits (an abbreviation such as <c>cd19</c>, a name in another script) is kept as it is.
/// </summary>
internal static class EnglishStemmer
{
    private static readonly FrozenDictionary<string, string> Exceptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["skis"] = "ski",
        ["skies"] = "sky",
        ["idly"] = "idl",
        ["gently"] = "gentl",
        ["ugly"] = "ugli",
        ["early"] = "earli",
        ["only"] = "onli",
        ["singly"] = "singl",
        ["sky"] = "sky",
        ["news"] = "news",
        ["howe"] = "howe",
        ["atlas"] = "atlas",
        ["cosmos"] = "cosmos",
        ["bias"] = "bias",
        ["andes"] = "andes",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] RegionPrefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

    // Each step's suffixes, longest first: Snowball's `among` acts on the longest one that ends the word.
    private static readonly (string Suffix, string With)[] Step2 =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"), ("tional", "tion"),
        ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"),
        ("iviti", "ive"), ("fulli", "ful"), ("ogist", "og"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"),
        ("ator", "ate"), ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string With)[] Step3 =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""), ("ical", "ic"),
        ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4 =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic",
    ];

    /// <summary>The stem of <paramref name="word"/> (lower case); the word itself when it is not made of a–z and apostrophes.</summary>
    public static string Stem(string word)
    {
        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }
        if (word.Length < 3 || !IsEnglish(word))
        {
            return word;
        }
        var stemming = new Stemming(word);
        stemming.Run();
        return stemming.Result();
    }

    private static bool IsEnglish(string word)
    {
        foreach (var c in word)
        {
            if (c is not ((>= 'a' and <= 'z') or '\''))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>One word on its way to its stem: the letters so far (the end moves) and the regions R1 and R2.</summary>
    private sealed class Stemming(string word)
    {
        private readonly char[] _w = new char[word.Length + 2];
        private int _n;
        private int _p1;
        private int _p2;
        private bool _foundY;

        public void Run()
        {
            Prelude();
            MarkRegions();
            Step1A();
            Step1B();
            Step1C();
            Replace(Step2, ActStep2);
            Replace(Step3, ActStep3);
            Step4Delete();
            Step5();
        }

        public string Result()
        {
            if (_foundY)
            {
                for (var i = 0; i < _n; i++)
                {
                    if (_w[i] == 'Y')
                    {
                        _w[i] = 'y';
                    }
                }
            }
            return new string(_w, 0, _n);
        }

        private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

        // A leading apostrophe goes; a y that starts the word or follows a vowel is a consonant, written Y until the end.
        private void Prelude()
        {
            var start = word[0] == '\'' ? 1 : 0;
            word.CopyTo(start, _w, 0, word.Length - start);
            _n = word.Length - start;
            if (_n > 0 && _w[0] == 'y')
            {
                _w[0] = 'Y';
                _foundY = true;
            }
            for (var i = 1; i < _n; i++)
            {
                if (_w[i] == 'y' && IsVowel(_w[i - 1]))
                {
                    _w[i] = 'Y';
                    _foundY = true;
                }
            }
        }

        private void MarkRegions()
        {
            _p1 = _p2 = _n;
            var at = Array.Find(RegionPrefixes, p => StartsWith(p)) is { } prefix ? prefix.Length : PastVowelThenConsonant(0);
            if (at < 0)
            {
                return;
            }
            _p1 = at;
            at = PastVowelThenConsonant(at);
            if (at >= 0)
            {
                _p2 = at;
            }
        }

        // Snowball's `gopast v gopast non-v`: just after the first consonant that follows a vowel, from `from`; -1 if none.
        private int PastVowelThenConsonant(int from)
        {
            var i = from;
            while (i < _n && !IsVowel(_w[i]))
            {
                i++;
            }
            if (i == _n)
            {
                return -1;
            }
            i++;
            while (i < _n && IsVowel(_w[i]))
            {
                i++;
            }
            return i == _n ? -1 : i + 1;
        }

        private bool StartsWith(string prefix) => _n >= prefix.Length && _w.AsSpan(0, prefix.Length).SequenceEqual(prefix);

        private bool EndsWith(string suffix) => _n >= suffix.Length && _w.AsSpan(_n - suffix.Length, suffix.Length).SequenceEqual(suffix);

        private bool HasVowelBefore(int end)
        {
            for (var i = 0; i < end; i++)
            {
                if (IsVowel(_w[i]))
                {
                    return true;
                }
            }
            return false;
        }

        private void SetEnd(int start, string with)
        {
            with.CopyTo(0, _w, start, with.Length);
            _n = start + with.Length;
        }

        // A short syllable ends w[..end]: non-vowel, vowel, non-vowel other than w, x or Y; or vowel, non-vowel at the start; or "past".
        private bool ShortSyllableBefore(int end) =>
            end >= 3 && !IsVowel(_w[end - 1]) && _w[end - 1] is not ('w' or 'x' or 'Y') && IsVowel(_w[end - 2]) && !IsVowel(_w[end - 3])
            || end == 2 && !IsVowel(_w[1]) && IsVowel(_w[0])
            || end >= 4 && _w.AsSpan(end - 4, 4).SequenceEqual("past");

        private void Step1A()
        {
            if (EndsWith("'s'"))
            {
                _n -= 3;
            }
            else if (EndsWith("'s"))
            {
                _n -= 2;
            }
            else if (EndsWith("'"))
            {
                _n -= 1;
            }
            if (EndsWith("sses"))
            {
                _n -= 2;
            }
            else if (EndsWith("ied") || EndsWith("ies"))
            {
                var start = _n - 3;
                SetEnd(start, start >= 2 ? "i" : "ie");
            }
            else if (EndsWith("us") || EndsWith("ss"))
            {
                // kept
            }
            else if (EndsWith("s") && _n >= 2 && HasVowelBefore(_n - 2))
            {
                _n -= 1;
            }
        }

        private void Step1B()
        {
            string? suffix = null;
            foreach (var s in (ReadOnlySpan<string>)["eedly", "ingly", "edly", "eed", "ing", "ed"])
            {
                if (EndsWith(s))
                {
                    suffix = s;
                    break;
                }
            }
            if (suffix is null)
            {
                return;
            }
            var start = _n - suffix.Length;
            if (suffix is "eed" or "eedly")
            {
                if (start >= _p1 && !IsWord(start, "proc", "exc", "succ"))
                {
                    SetEnd(start, "ee");
                }
                return;
            }
            if (suffix == "ing")
            {
                if (IsWord(start, "inn", "out", "cann", "herr", "earr", "even"))
                {
                    return;
                }
                if (start == 2 && _w[1] == 'y' && !IsVowel(_w[0]))
                {
                    SetEnd(1, "ie"); // dying, lying, tying, vying
                    return;
                }
            }
            if (!HasVowelBefore(start))
            {
                return;
            }
            _n = start;
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz"))
            {
                SetEnd(_n, "e");
            }
            else if (_n >= 2 && _w[_n - 1] == _w[_n - 2] && _w[_n - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
            {
                if (!(_n == 3 && _w[0] is 'a' or 'e' or 'o'))
                {
                    _n--;
                }
            }
            else if (_p1 == _n && ShortSyllableBefore(_n))
            {
                SetEnd(_n, "e");
            }
        }

        // True when w[..end] is exactly one of the words.
        private bool IsWord(int end, params ReadOnlySpan<string> words)
        {
            foreach (var candidate in words)
            {
                if (candidate.Length == end && _w.AsSpan(0, end).SequenceEqual(candidate))
                {
                    return true;
                }
            }
            return false;
        }

        private void Step1C()
        {
            if (_n >= 3 && _w[_n - 1] is 'y' or 'Y' && !IsVowel(_w[_n - 2]))
            {
                _w[_n - 1] = 'i';
            }
        }

        // The longest suffix of the rules that ends the word, replaced when it lies in R1 and the step allows it.
        private void Replace((string Suffix, string With)[] rules, Func<int, string, bool> allowed)
        {
            foreach (var (suffix, with) in rules)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }
                var start = _n - suffix.Length;
                if (start >= _p1 && allowed(start, suffix))
                {
                    SetEnd(start, with);
                }
                return;
            }
        }

        private bool ActStep2(int start, string suffix) => suffix switch
        {
            "ogi" => start >= 1 && _w[start - 1] == 'l',
            "li" => start >= 1 && _w[start - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't',
            _ => true,
        };

        private bool ActStep3(int start, string suffix) => suffix != "ative" || start >= _p2;

        private void Step4Delete()
        {
            foreach (var suffix in Step4)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }
                var start = _n - suffix.Length;
                if (start >= _p2 && (suffix != "ion" || start >= 1 && _w[start - 1] is 's' or 't'))
                {
                    _n = start;
                }
                return;
            }
        }

        private void Step5()
        {
            var start = _n - 1;
            if (start < 0)
            {
                return;
            }
            if (_w[start] == 'e' && (start >= _p2 || start >= _p1 && !ShortSyllableBefore(start)))
            {
                _n = start;
            }
            else if (_w[start] == 'l' && start >= _p2 && start >= 1 && _w[start - 1] == 'l')
            {
                _n = start;
            }
        }
    }
}
