using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using RareNewsSite.Diagnostics;
using SourceSpan = RareNewsSite.Diagnostics.SourceSpan;

namespace RareNewsSite.Markdown.Containers;

/// <summary>Reports containers of an unknown type, results containers without a table, and containers never closed.</summary>
internal static class ContainerValidator
{
    /// <summary>The container types our extensions render.</summary>
    public static readonly IReadOnlyList<string> KnownTypes = ["symptoms", "results", "note", "warning", "figure"];

    /// <summary>Checks every container in a parsed document.</summary>
    public static void Validate(MarkdownDocument document, string path, DiagnosticBag diagnostics)
    {
        foreach (var container in document.Descendants<CustomContainer>())
        {
            var span = new SourceSpan(path, container.Line + 1, container.Column + 1);
            var type = container.Info ?? "";
            if (container.ClosingFencedCharCount == 0)
            {
                // Markdig reads an unclosed container to the end of the file: every heading, image and footnote after it
                // would be inside the box.
                diagnostics.Error(span, DiagnosticIds.UnclosedContainer,
                    $"'::: {type}' is never closed, so everything after it would be inside it; end it with a line of three colons ':::'");
            }
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
            else if (type == "figure" && !Figures.FigureBlocks.StartsWithImage(container))
            {
                diagnostics.Error(span, DiagnosticIds.FigureWithoutImage,
                    "'::: figure' must start with an image alone on its line (![What it shows](/assets/photo.jpg)); the lines after it are the caption, and one starting with 'Credit:' the credit");
            }
        }
    }
}
