using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using RareNewsSite.Markdown.Callouts;
using RareNewsSite.Markdown.Results;
using RareNewsSite.Markdown.Symptoms;
using RareNewsSite.Markdown.Trials;

namespace RareNewsSite.Markdown;

/// <summary>The only place that lists Markdown extensions. Build the pipeline once per site and share it.</summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>
    /// The pipeline for a site, built once per process for each setting: the same object every build, so the engine
    /// sees that what parsed and rendered a file is unchanged.
    /// </summary>
    public static MarkdownPipeline For(bool allowRawHtml) => allowRawHtml ? WithRawHtml.Value : WithoutRawHtml.Value;

    private static readonly Lazy<MarkdownPipeline> WithRawHtml = new(() => Create(allowRawHtml: true));
    private static readonly Lazy<MarkdownPipeline> WithoutRawHtml = new(() => Create(allowRawHtml: false));

    /// <summary>CommonMark plus front matter, pipe tables, footnotes, abbreviations, heading ids and our containers.</summary>
    public static MarkdownPipeline Create(bool allowRawHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseFootnotes()
            .UseAbbreviations()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseRareSymptoms()
            .UseRareResults()
            .UseRareCallouts()
            .UseRareFigures()
            .UseTrialLinks();
        if (!allowRawHtml)
        {
            // Raw HTML is shown as text: editors need no HTML, and a pasted <script> stays harmless.
            builder.DisableHtml();
        }
        builder.UsePreciseSourceLocation();
        return builder.Build();
    }

    /// <summary>Adds <c>::: symptoms</c>.</summary>
    public static MarkdownPipelineBuilder UseRareSymptoms(this MarkdownPipelineBuilder builder)
    {
        // The dispatcher must be on the builder before the feature registers on it during Build().
        Containers.ContainerExtension.On(builder);
        builder.Extensions.AddIfNotAlready<SymptomsExtension>();
        return builder;
    }

    /// <summary>Adds <c>::: results "caption"</c>.</summary>
    public static MarkdownPipelineBuilder UseRareResults(this MarkdownPipelineBuilder builder)
    {
        // The dispatcher must be on the builder before the feature registers on it during Build().
        Containers.ContainerExtension.On(builder);
        builder.Extensions.AddIfNotAlready<ResultsExtension>();
        return builder;
    }

    /// <summary>Links ClinicalTrials.gov numbers (<c>NCT04017000</c>) in running text to their records.</summary>
    public static MarkdownPipelineBuilder UseTrialLinks(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<TrialLinksExtension>();
        return builder;
    }

    /// <summary>Adds <c>::: figure</c> and figures from images with a title.</summary>
    public static MarkdownPipelineBuilder UseRareFigures(this MarkdownPipelineBuilder builder)
    {
        // The dispatcher must be on the builder before the feature registers on it during Build().
        Containers.ContainerExtension.On(builder);
        builder.Extensions.AddIfNotAlready<Figures.FigureExtension>();
        return builder;
    }

    /// <summary>Adds <c>::: note</c> and <c>::: warning</c>.</summary>
    public static MarkdownPipelineBuilder UseRareCallouts(this MarkdownPipelineBuilder builder)
    {
        // The dispatcher must be on the builder before the feature registers on it during Build().
        Containers.ContainerExtension.On(builder);
        builder.Extensions.AddIfNotAlready<CalloutExtension>();
        return builder;
    }
}
