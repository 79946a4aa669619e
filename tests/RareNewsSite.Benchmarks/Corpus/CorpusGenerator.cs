using System.Globalization;

namespace RareNewsSite.Benchmarks.Corpus;

/// <summary>
/// Makes a synthetic site in the shape of the example in <c>input/</c>: the same front matter keys, headings,
/// containers, tables, abbreviations and links between articles. Deterministic: one seeded <see cref="Random"/>,
/// drawn from in a fixed order, and dates counted from a fixed day, so a benchmark always builds the same site.
/// </summary>
internal sealed class CorpusGenerator(int seed = CorpusGenerator.DefaultSeed)
{
    public const int DefaultSeed = 20_260_101;

    // Every date lies in the ten years before this day, so no article is a scheduled post whenever the build runs.
    private static readonly DateOnly FirstDay = new(2016, 1, 1);
    private const int DaySpan = 3_652;

    public GeneratedCorpus Generate(int articleCount)
    {
        var text = new SentenceMaker(new Random(seed));
        var diseases = PlanDiseases(text, Math.Max(20, articleCount / 50));
        var authors = PlanAuthors(text, Math.Max(8, articleCount / 250));
        var tags = Combine(text, CorpusVocabulary.TagPrefixes, CorpusVocabulary.TagSuffixes, Math.Max(30, articleCount * 3 / 100), "-");
        var drugs = Combine(text, CorpusVocabulary.DrugStems, CorpusVocabulary.DrugEndings, CorpusVocabulary.DrugStems.Length * CorpusVocabulary.DrugEndings.Length, "");
        var planned = new List<GeneratedArticle>(articleCount);
        for (var i = 0; i < articleCount; i++)
        {
            planned.Add(PlanArticle(text, i, diseases, authors, tags, drugs));
        }
        var bodies = new ArticleBodyWriter(text, diseases.ToDictionary(d => d.Key, StringComparer.Ordinal));
        var articles = planned.Select((a, i) => a with { Body = bodies.Write(a, PickLinkTargets(text, planned, i)) }).ToList();
        return new GeneratedCorpus(articles, authors, diseases, tags.Count);
    }

    private static GeneratedArticle PlanArticle(SentenceMaker text, int index, IReadOnlyList<GeneratedDisease> diseases,
        IReadOnlyList<GeneratedAuthor> authors, IReadOnlyList<string> tags, IReadOnlyList<string> drugs)
    {
        var articleDiseases = text.PickDistinct(diseases, text.Random.Next(1, 3));
        var articleDrugs = text.PickDistinct(drugs, text.Random.Next(1, 3));
        var drug = char.ToUpperInvariant(articleDrugs[0][0]) + articleDrugs[0][1..];
        var disease = articleDiseases[0].Name;
        var group = text.Pick(CorpusVocabulary.Groups);
        var title = text.Random.Next(4) switch
        {
            0 => $"{drug} helps {group} with {disease}",
            1 => $"New study looks at {disease} in {group}",
            2 => $"What a new {articleDrugs[0]} trial means for {group} with {disease}",
            _ => $"Doctors test {articleDrugs[0]} for {disease}",
        };
        var slug = SentenceMaker.Slug(title) + "-" + index.ToString("D5", CultureInfo.InvariantCulture);
        var headings = text.PickDistinct(CorpusVocabulary.Headings, 4);
        headings.Add($"What is {disease}?");
        var sources = Enumerable.Range(1, text.Random.Next(1, 3))
            .Select(n => ($"Journal of Rare Conditions: {text.Sentence().TrimEnd('.')}", $"https://example.org/news/{slug}-{n}"))
            .ToList();
        return new GeneratedArticle
        {
            Slug = slug,
            Title = title,
            Date = FirstDay.AddDays(text.Random.Next(DaySpan)),
            Author = text.Pick(authors).Key,
            Summary = text.Sentence(drug) + " " + text.Sentence(),
            Diseases = [.. articleDiseases.Select(d => d.Key)],
            Drugs = articleDrugs,
            Tags = text.PickDistinct(tags, text.Random.Next(2, 5)),
            Sources = sources,
            Headings = headings,
            HeadingIds = [.. headings.Select(SentenceMaker.HeadingId)],
        };
    }

    private static List<GeneratedArticle> PickLinkTargets(SentenceMaker text, List<GeneratedArticle> articles, int self)
    {
        var count = articles.Count > 3 ? text.Random.Next(2, 4) : 0;
        var targets = new List<GeneratedArticle>(count);
        while (targets.Count < count)
        {
            var other = articles[text.Random.Next(articles.Count)];
            if (other.Slug != articles[self].Slug && !targets.Contains(other))
            {
                targets.Add(other);
            }
        }
        return targets;
    }

    private static List<GeneratedDisease> PlanDiseases(SentenceMaker text, int count) =>
        [.. Combine(text, CorpusVocabulary.Surnames, CorpusVocabulary.DiseaseKinds, count, " ").Select(name =>
        {
            var abbreviation = string.Concat(name.Split(' ').Select(w => char.ToUpperInvariant(w[0])));
            var symptoms = text.PickDistinct(CorpusVocabulary.Symptoms, text.Random.Next(5, 9));
            var body = text.Paragraph([abbreviation]) + "\n\n" + text.Paragraph([abbreviation]);
            var orpha = text.Random.Next(100, 99_999).ToString(CultureInfo.InvariantCulture);
            return new GeneratedDisease(SentenceMaker.Slug(name), name, abbreviation, orpha, symptoms, body);
        })];

    private static List<GeneratedAuthor> PlanAuthors(SentenceMaker text, int count) =>
        [.. Combine(text, CorpusVocabulary.FirstNames, CorpusVocabulary.Surnames, count, " ").Select(name =>
            new GeneratedAuthor(SentenceMaker.Slug(name), name, text.Pick(CorpusVocabulary.Roles), text.Paragraph([])))];

    /// <summary><paramref name="count"/> distinct "first second" combinations in a seeded order (the cross product must be big enough).</summary>
    private static List<string> Combine(SentenceMaker text, IReadOnlyList<string> firsts, IReadOnlyList<string> seconds, int count, string separator)
    {
        var all = firsts.SelectMany(f => seconds.Select(s => f + separator + s)).ToArray();
        if (count > all.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"only {all.Length} distinct names can be made, {count} were asked for");
        }
        text.Random.Shuffle(all);
        return [.. all.Take(count)];
    }
}
