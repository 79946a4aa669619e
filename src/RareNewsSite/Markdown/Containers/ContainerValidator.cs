using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using RareNewsSite.Diagnostics;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Markdown.Containers;

/// <summary>Reports containers of an unknown type and results containers without a table.</summary>
internal static class ContainerValidator
{
    /// <summary>The container types our extensions render.</summary>
    public static readonly IReadOnlyList<string> KnownTypes = ["symptoms", "results", "note", "warning"];

    /// <summary>Checks every container in a parsed document.</summary>
    public static void Validate(MarkdownDocument document, string path, DiagnosticBag diagnostics)
    {
        foreach (var container in document.Descendants<CustomContainer>())
        {
            var span = new SourceSpan(path, container.Line + 1, container.Column + 1);
            var type = container.Info ?? "";
            if (!KnownTypes.Contains(type))
            {
                var hint = Content.Suggestions.Closest(type, KnownTypes) is { } best ? $"; did you mean '{best}'?" : "";
                diagnostics.Error(span, DiagnosticIds.UnknownContainer,
                    $"unknown container '::: {type}'; use one of {string.Join(", ", KnownTypes)}{hint}");
            }
            else if (type == "results" && !container.Descendants<Markdig.Extensions.Tables.Table>().Any())
            {
                diagnostics.Error(span, DiagnosticIds.ResultsWithoutTable, "'::: results' must contain a pipe table");
            }
        }
    }
}
