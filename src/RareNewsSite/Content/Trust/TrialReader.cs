using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using YamlDotNet.RepresentationModel;

namespace RareNewsSite.Content.Trust;

/// <summary>Reads <c>trials: [NCT04017000]</c>; an entry that is not NCT and eight digits is an error at the entry, with a suggestion.</summary>
internal static class TrialReader
{
    /// <summary>The valid registry numbers, in the order written, each once.</summary>
    public static ValueArray<string> Read(FrontMatter fm)
    {
        var trials = new List<string>();
        foreach (var item in fm.Items("trials", "[NCT04017000]"))
        {
            var text = (item as YamlScalarNode)?.Value?.Trim() ?? "";
            if (TrialNumbers.IsValid(text))
            {
                if (!trials.Contains(text))
                {
                    trials.Add(text);
                }
                continue;
            }
            var hint = TrialNumbers.Suggest(text) is { } meant ? $"; did you mean '{meant}'?" : "";
            fm.ErrorAt(item, DiagnosticIds.InvalidTrialNumber,
                $"'{text}' is not a ClinicalTrials.gov number: write NCT and eight digits, such as NCT04017000{hint}");
        }
        return [.. trials];
    }
}
