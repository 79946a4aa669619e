using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using YamlDotNet.RepresentationModel;

namespace RareNewsSite.Content.Trust;

/// <summary>Reads <c>corrections: [{date, text}]</c>; an entry without a date or a text is an error at the entry.</summary>
internal static class CorrectionReader
{
    private static readonly string[] Fields = [.. FrontMatterSchema.Correction.Select(f => f.Name)];

    /// <summary>The corrections, oldest first, as the editor should write them; invalid entries are reported and left out.</summary>
    public static ValueArray<Correction> Read(FrontMatter fm)
    {
        var corrections = new List<Correction>();
        foreach (var item in fm.Items("corrections", "[{date: 2026-11-03, text: \"We said 40 babies; the study had 30.\"}]"))
        {
            if (item is not YamlMappingNode map)
            {
                fm.ErrorAt(item, DiagnosticIds.InvalidCorrection, "a correction is a 'date' and a 'text', such as {date: 2026-11-03, text: \"We said 40 babies; the study had 30.\"}");
                continue;
            }
            fm.WarnAboutUnknownFields(map, "corrections", Fields);
            var date = fm.FieldDate(map, "date", "corrections");
            var text = fm.Field(map, "text", "corrections");
            if (FrontMatter.FieldNode(map, "date") is null)
            {
                fm.ErrorAt(item, DiagnosticIds.InvalidCorrection, "a correction needs a 'date' (YYYY-MM-DD): readers must see when the article changed");
            }
            if (text is null)
            {
                fm.ErrorAt(item, DiagnosticIds.InvalidCorrection, "a correction needs a 'text' saying what was wrong and what is right now");
            }
            if (date is { } d && text is { } t)
            {
                corrections.Add(new Correction(d, t));
            }
        }
        return [.. corrections.OrderBy(c => c.Date)];
    }
}
