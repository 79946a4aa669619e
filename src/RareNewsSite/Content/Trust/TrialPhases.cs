using System.Collections.Frozen;

namespace RareNewsSite.Content.Trust;

/// <summary>The trial phases <c>study.phase</c> may name, each with what that phase is for.</summary>
public static class TrialPhases
{
    /// <summary>What each phase means, by the phase as written.</summary>
    public static readonly FrozenDictionary<string, string> Meanings = new Dictionary<string, string>
    {
        ["1"] = "Phase 1 trials are the first tests in people: a small group, to find a safe dose and spot side effects.",
        ["1/2"] = "Phase 1/2 trials combine the first tests of safety and dose with a first look at whether the treatment works.",
        ["2"] = "Phase 2 trials test whether a treatment works and how safe it is, in a larger group than phase 1.",
        ["2/3"] = "Phase 2/3 trials combine a test of whether the treatment works with a larger comparison.",
        ["3"] = "Phase 3 trials compare the treatment with the usual care in a large group; regulators often decide on approval from their results.",
        ["4"] = "Phase 4 studies follow a treatment after approval, to learn more about its long-term benefits and side effects.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The phases as an editor may write them, for messages.</summary>
    public const string Listed = "1, 1/2, 2, 2/3, 3 or 4";

    /// <summary>What the editor probably meant (<c>II</c> → <c>2</c>, <c>phase 3</c> → <c>3</c>, <c>2-3</c> → <c>2/3</c>), or null.</summary>
    public static string? Suggest(string text)
    {
        var t = text.Trim().ToUpperInvariant().Replace("PHASE", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
            .Replace('-', '/').Replace("IV", "4", StringComparison.Ordinal).Replace("III", "3", StringComparison.Ordinal)
            .Replace("II", "2", StringComparison.Ordinal).Replace("I", "1", StringComparison.Ordinal);
        return Meanings.ContainsKey(t) ? t : null;
    }
}
