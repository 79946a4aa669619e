namespace RareNewsSite.Benchmarks.Corpus;

/// <summary>
/// The words the generator builds names and plain-language sentences from. Short, common words keep the
/// text close to what editors write for patients (grade 8 or lower), so inline parsing sees realistic input.
/// </summary>
internal static class CorpusVocabulary
{
    public static readonly string[] Words =
    [
        "the", "a", "new", "study", "doctors", "families", "children", "adults", "babies", "team", "care",
        "drug", "treatment", "trial", "results", "people", "patients", "blood", "cells", "body", "gene",
        "disease", "symptoms", "years", "months", "weeks", "group", "hospital", "research", "researchers",
        "found", "showed", "helped", "may", "can", "will", "still", "often", "more", "less", "fewer", "better",
        "worse", "early", "late", "long", "short", "small", "large", "safe", "common", "rare", "strong",
        "weak", "quickly", "slowly", "together", "also", "even", "only", "most", "some", "many", "few",
        "with", "without", "after", "before", "during", "about", "between", "within", "through", "for",
        "in", "on", "at", "to", "from", "of", "and", "but", "so", "because", "when", "while", "if", "that",
        "this", "these", "those", "their", "they", "it", "its", "we", "our", "you", "your", "who", "which",
        "test", "tests", "dose", "doses", "side", "effects", "risk", "chance", "life", "daily", "school",
        "work", "home", "parents", "nurses", "clinic", "visit", "scan", "sample", "check", "checks", "plan",
        "signs", "pain", "sleep", "energy", "muscles", "heart", "lungs", "liver", "kidneys", "brain", "skin",
        "eyes", "bones", "growth", "weight", "diet", "exercise", "support", "help", "hope", "answers",
        "questions", "news", "data", "number", "half", "most", "every", "each", "first", "second", "next",
        "last", "known", "called", "made", "given", "taken", "used", "needed", "shared", "written", "read",
        "learn", "understand", "explain", "measure", "compare", "follow", "track", "report", "change",
        "changes", "rise", "fall", "stay", "keep", "start", "stop", "return", "grow", "build", "lower",
        "higher", "normal", "healthy", "whole", "clear", "simple", "careful", "useful", "important",
    ];

    public static readonly string[] Surnames =
    [
        "Abbott", "Barlow", "Castell", "Dorrance", "Ellery", "Fenwick", "Garrick", "Halden", "Ingram", "Jarvik",
        "Kessler", "Lindqvist", "Marlow", "Norcott", "Oakley", "Pemberton", "Quillan", "Rasmund", "Sterling",
        "Thorne", "Ulrich", "Varga", "Whitcombe", "Yardley", "Zeller", "Ashby", "Bramwell", "Corwin", "Dunmore",
        "Everett", "Farrow", "Greaves", "Hollis", "Irving", "Jessop", "Kinsella", "Lowther", "Merrick", "Nash",
        "Orwell", "Prescott", "Ramsay", "Selwyn", "Tolland", "Upton", "Vance", "Wendell", "Ashford", "Blakely",
        "Calloway", "Draper", "Easton", "Fairbank", "Gilmore", "Hartley", "Ives", "Jennings", "Kendrick",
        "Lacey", "Morrow",
    ];

    public static readonly string[] DiseaseKinds =
    [
        "syndrome", "disease", "muscular dystrophy", "anemia", "ataxia", "myopathy", "neuropathy",
        "leukodystrophy", "storage disorder", "dysplasia", "fever", "amyloidosis",
    ];

    public static readonly string[] FirstNames =
    [
        "Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonah", "Kemi", "Liam", "Mei",
        "Nadia", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Viktor", "Wen", "Yusuf", "Zara",
    ];

    public static readonly string[] TagPrefixes =
    [
        "gene", "pediatric", "adult", "newborn", "family", "policy", "early", "home", "school", "nerve",
        "muscle", "blood", "immune", "kidney", "heart", "lung", "liver", "skin", "eye", "brain", "bone",
        "diet", "mental", "patient", "drug",
    ];

    public static readonly string[] TagSuffixes =
    [
        "therapy", "screening", "trials", "care", "research", "support", "access", "costs", "diagnosis",
        "registries", "advocacy", "guidelines", "approvals", "safety", "outcomes", "transplants", "testing",
        "nutrition", "wellbeing", "devices",
    ];

    public static readonly string[] DrugStems = ["lor", "vex", "tan", "mir", "sel", "bra", "dal", "qui", "ner", "zol", "fen", "cal"];

    public static readonly string[] DrugEndings = ["vamab", "tinib", "nersen", "gene", "stat", "parin", "cept", "lisib"];

    public static readonly string[] Headings =
    [
        "What the study found", "How the treatment works", "What happens next", "Who took part",
        "What this means for families", "Side effects", "How the study was done", "What doctors say",
        "Questions to ask your care team", "Where to learn more", "Why this matters", "Living with the condition",
    ];

    public static readonly string[] Symptoms =
    [
        "Bone pain", "Fever", "Very pale skin", "Tiredness and weakness", "Shortness of breath",
        "Swollen lymph nodes", "Bruising easily", "Muscle cramps", "Trouble walking", "Frequent falls",
        "Blurred vision", "Hearing loss", "Seizures", "Headaches", "Joint pain", "Poor growth",
        "Trouble swallowing", "Slurred speech", "Numb hands or feet", "Burning pain in the hands",
        "Stomach pain", "Diarrhea", "Frequent chest infections", "Salty skin", "Swollen belly", "Yellow skin",
        "Dark urine", "Itchy skin", "Fast heartbeat", "Dizziness", "Memory problems", "Mood changes",
    ];

    public static readonly string[] Outcomes =
    [
        "Alive", "Relapse or death", "Fewer symptoms", "Serious side effects", "Back at school or work",
        "Needed a hospital stay", "Walked without help",
    ];

    public static readonly string[] Groups = ["children", "adults", "babies", "teenagers", "families", "older adults"];

    public static readonly string[] Roles = ["Staff writer", "Contributing writer", "Health editor", "Science reporter"];
}
