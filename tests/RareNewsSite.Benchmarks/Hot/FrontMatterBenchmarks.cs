using BenchmarkDotNet.Attributes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Diagnostics;
using RareNewsSite.Markdown;

namespace RareNewsSite.Benchmarks.Hot;

/// <summary>
/// Per-article cost of reading front matter the way the engine does: YAML from the parsed block into
/// <see cref="FrontMatter"/>, then validation into an <see cref="Article"/>. Not sealed: BenchmarkDotNet derives from it.
/// </summary>
[Config(typeof(HotPathConfig))]
public class FrontMatterBenchmarks
{
    private YamlFrontMatterBlock[] _blocks = [];

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = MarkdownPipelineFactory.Create(allowRawHtml: false);
        _blocks = [.. HotCorpus.ArticleTexts().Select(a => Markdig.Markdown.Parse(a, pipeline).Descendants<YamlFrontMatterBlock>().First())];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = HotCorpus.Size)]
    public int ReadFrontMatter()
    {
        var read = 0;
        foreach (var block in _blocks)
        {
            read += FrontMatterReader.Read("input/articles/a.md", block, new DiagnosticBag()) is null ? 0 : 1;
        }
        return read;
    }

    [Benchmark(OperationsPerInvoke = HotCorpus.Size)]
    public int ReadFrontMatterAndArticle()
    {
        var read = 0;
        foreach (var block in _blocks)
        {
            var diagnostics = new DiagnosticBag();
            if (FrontMatterReader.Read("input/articles/a.md", block, diagnostics) is { } frontMatter)
            {
                read += ArticleReader.Read(frontMatter, diagnostics) is null ? 0 : 1;
            }
        }
        return read;
    }
}
