using System.Text;

namespace RareNewsSite.Benchmarks.Corpus;

/// <summary>
/// Writes a corpus as a RareNewsSite site root: <c>input/</c> from the corpus, plus the repository's
/// <c>statiq.json</c>, <c>theme/</c> and <c>input/assets/</c> as they are at run time (so the benchmark follows the real theme).
/// </summary>
internal static class SiteFolderWriter
{
    public static void Write(GeneratedCorpus corpus, string siteRoot, string repoRoot)
    {
        RecreateFolder(siteRoot);
        var input = Path.Combine(siteRoot, "input");
        foreach (var article in corpus.Articles)
        {
            WriteFile(Path.Combine(input, "articles", article.Slug + ".md"), ArticleText(article));
        }
        foreach (var author in corpus.Authors)
        {
            WriteFile(Path.Combine(input, "authors", author.Key + ".md"),
                $"---\nname: {YamlText.Quote(author.Name)}\nrole: {YamlText.Quote(author.Role)}\n---\n\n{author.Bio}\n");
        }
        foreach (var disease in corpus.Diseases)
        {
            var symptoms = string.Concat(disease.Symptoms.Select(s => $"  - {s}\n"));
            WriteFile(Path.Combine(input, "diseases", disease.Key + ".md"),
                $"---\nname: {YamlText.Quote(disease.Name)}\nabbreviation: {disease.Abbreviation}\norpha: \"{disease.Orpha}\"\nsymptoms:\n{symptoms}---\n\n{disease.Body}\n");
        }
        WriteFile(Path.Combine(input, "pages", "about.md"), AboutPage);
        File.Copy(Path.Combine(repoRoot, "statiq.json"), Path.Combine(siteRoot, "statiq.json"));
        // The settings name files in input/assets/ (the favicon), which must exist for the build to pass.
        CopyFolder(Path.Combine(repoRoot, "input", "assets"), Path.Combine(input, "assets"));
        CopyFolder(Path.Combine(repoRoot, "theme"), Path.Combine(siteRoot, "theme"));
    }

    public const string AboutPage = "---\ntitle: About\n---\n\nA generated site for benchmarks. Every article, author and disease is made up.\n";

    public static string ArticleText(GeneratedArticle article)
    {
        var text = new StringBuilder(article.Body.Length + 1_024);
        text.Append("---\n");
        text.Append("title: ").Append(YamlText.Quote(article.Title)).Append('\n');
        text.Append("date: ").Append(YamlText.Date(article.Date)).Append('\n');
        text.Append("author: ").Append(article.Author).Append('\n');
        text.Append("summary: ").Append(YamlText.Quote(article.Summary)).Append('\n');
        text.Append("diseases: ").Append(YamlText.List(article.Diseases)).Append('\n');
        text.Append("drugs: ").Append(YamlText.List(article.Drugs)).Append('\n');
        text.Append("tags: ").Append(YamlText.List(article.Tags)).Append('\n');
        text.Append("sources:\n");
        foreach (var (title, url) in article.Sources)
        {
            text.Append("  - title: ").Append(YamlText.Quote(title)).Append('\n');
            text.Append("    url: ").Append(url).Append('\n');
        }
        text.Append("---\n\n").Append(article.Body);
        return text.ToString();
    }

    public static void RecreateFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
    }

    public static void WriteFile(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
