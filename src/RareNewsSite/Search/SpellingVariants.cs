using System.Collections.Frozen;

namespace RareNewsSite.Search;

/// <summary>
/// British and international medical spellings written the American way (paediatric → pediatric, leukaemia → leukemia,
/// oesophagus → esophagus, tumour → tumor, organise → organize), so that both spellings find the same pages. It is
/// applied to every word of the index and of the query alike (<c>theme/assets/search-words.js</c> holds the same
/// table), so a rule only has to make two spellings meet: what it does to a word that has no other spelling
/// (exercise → exercize) is never seen. Rules are fragments known to be spelling variants rather than general
/// letter patterns, because "our" → "or" would make "four" meet "for".
/// </summary>
internal static class SpellingVariants
{
    /// <summary>Replaced wherever they occur, in this order.</summary>
    public static readonly (string British, string American)[] Fragments =
    [
        ("aem", "em"), ("paed", "ped"), ("aesth", "esth"), ("aetiol", "etiol"), ("gynaec", "gynec"), ("faec", "fec"),
        ("caesar", "cesar"), ("oesoph", "esoph"), ("oestr", "estr"), ("oedem", "edem"), ("foet", "fet"), ("coeli", "celi"),
        ("rrhoe", "rrhe"), ("pnoe", "pne"), ("homoeo", "homeo"), ("sulph", "sulf"),
        ("tumour", "tumor"), ("behaviour", "behavior"), ("colour", "color"), ("labour", "labor"), ("odour", "odor"),
        ("humour", "humor"), ("favour", "favor"), ("honour", "honor"), ("vigour", "vigor"), ("neighbour", "neighbor"),
        ("flavour", "flavor"), ("vapour", "vapor"), ("rumour", "rumor"), ("harbour", "harbor"),
        ("centre", "center"), ("litre", "liter"), ("fibre", "fiber"), ("metre", "meter"), ("theatre", "theater"), ("calibre", "caliber"),
        ("counsell", "counsel"), ("travell", "travel"), ("labell", "label"), ("modell", "model"), ("cancell", "cancel"),
        ("fuell", "fuel"), ("signall", "signal"), ("enrolment", "enrollment"), ("ageing", "aging"), ("judgement", "judgment"),
        ("programme", "program"), ("licence", "license"), ("defence", "defense"), ("offence", "offense"), ("practis", "practic"),
    ];

    /// <summary>Whole words.</summary>
    public static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["enrol"] = "enroll",
        ["enrols"] = "enrolls",
        ["grey"] = "gray",
        ["mould"] = "mold",
        ["moulds"] = "molds",
        ["mouldy"] = "moldy",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Endings: -logue (catalogue), -lyse (analyse), -ise and -isation (organise, organisation) after four letters or more (not bruise, advise), with what they become.</summary>
    public static readonly (string British, string American, int MinimumBefore)[] Endings =
    [
        ("logues", "logs", 1), ("logue", "log", 1),
        ("lysing", "lyzing", 1), ("lysed", "lyzed", 1), ("lyses", "lyzes", 1), ("lyser", "lyzer", 1), ("lyse", "lyze", 1),
        ("isations", "izations", 4), ("isation", "ization", 4), ("ising", "izing", 4), ("ised", "ized", 4), ("ises", "izes", 4),
        ("isers", "izers", 4), ("iser", "izer", 4), ("ise", "ize", 4),
    ];

    /// <summary>The American spelling of <paramref name="word"/> (lower case); the word itself when it has none.</summary>
    public static string Canonical(string word)
    {
        foreach (var (british, american) in Fragments)
        {
            if (word.Contains(british, StringComparison.Ordinal))
            {
                word = word.Replace(british, american, StringComparison.Ordinal);
            }
        }
        if (Words.TryGetValue(word, out var whole))
        {
            return whole;
        }
        foreach (var (british, american, minimumBefore) in Endings)
        {
            if (word.Length - british.Length >= minimumBefore && word.EndsWith(british, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - british.Length), american);
            }
        }
        return word;
    }
}
