using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using RareNewsSite.Markdown;

namespace RareNewsSite.Benchmarks.Hot;

/// <summary>
/// Per-article cost of the shared Markdig pipeline on generated articles (about 700 words, containers,
/// a results table with its chart, abbreviations, footnotes). Not sealed: BenchmarkDotNet derives from it.
/// </summary>
[Config(typeof(HotPathConfig))]
public class MarkdownBenchmarks
{
    private MarkdownPipeline _pipeline = null!;
    private string[] _articles = [];
    private MarkdownDocument[] _parsed = [];

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = MarkdownPipelineFactory.Create(allowRawHtml: false);
        _articles = HotCorpus.ArticleTexts();
        _parsed = [.. _articles.Select(a => Markdig.Markdown.Parse(a, _pipeline))];
    }

    [Benchmark(OperationsPerInvoke = HotCorpus.Size)]
    public int Parse()
    {
        var blocks = 0;
        foreach (var article in _articles)
        {
            blocks += Markdig.Markdown.Parse(article, _pipeline).Count;
        }
        return blocks;
    }

    [Benchmark(OperationsPerInvoke = HotCorpus.Size)]
    public int Render()
    {
        var length = 0;
        foreach (var document in _parsed)
        {
            length += RenderHtml(document).Length;
        }
        return length;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = HotCorpus.Size)]
    public int ParseAndRender()
    {
        var length = 0;
        foreach (var article in _articles)
        {
            length += RenderHtml(Markdig.Markdown.Parse(article, _pipeline)).Length;
        }
        return length;
    }

    // The same steps as the engine's RenderMarkdown module, which needs a whole BuildContext.
    private string RenderHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
