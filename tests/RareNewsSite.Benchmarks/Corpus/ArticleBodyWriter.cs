using System.Globalization;
using System.Text;

namespace RareNewsSite.Benchmarks.Corpus;

/// <summary>
/// Writes an article body of about 700 words: an intro with a citation, four <c>##</c> sections, a
/// <c>::: results</c> table, a "What is …?" explainer with a <c>::: symptoms</c> list, links to other
/// articles (some to a heading that exists there) and abbreviations.
/// </summary>
internal sealed class ArticleBodyWriter(SentenceMaker text, IReadOnlyDictionary<string, GeneratedDisease> diseases)
{
    public string Write(GeneratedArticle article, IReadOnlyList<GeneratedArticle> linkTargets)
    {
        var disease = diseases[article.Diseases[0]];
        string[] mentions = [.. article.Drugs, disease.Abbreviation];
        var links = new Queue<string>(linkTargets.Select(LinkSentence));
        var body = new StringBuilder(6_000);
        body.Append(text.Paragraph(mentions)).Append("[^1]\n\n");
        for (var section = 0; section < 4; section++)
        {
            body.Append("## ").Append(article.Headings[section]).Append("\n\n");
            body.Append(text.Paragraph(mentions));
            if (links.Count > 0)
            {
                body.Append(' ').Append(links.Dequeue());
            }
            body.Append("\n\n").Append(text.Paragraph(mentions)).Append("\n\n");
            if (section == 0)
            {
                AppendResults(body, article.Drugs[0]);
            }
        }
        body.Append("## ").Append(article.Headings[4]).Append("\n\n");
        body.Append(text.Paragraph([disease.Abbreviation])).Append("\n\n");
        body.Append(text.Paragraph([disease.Abbreviation])).Append(" Symptoms can include:\n\n");
        body.Append("::: symptoms\n");
        foreach (var symptom in text.PickDistinct(disease.Symptoms, text.Random.Next(4, disease.Symptoms.Count + 1)))
        {
            body.Append("- ").Append(symptom).Append('\n');
        }
        body.Append(":::\n\n");
        body.Append("[^1]: ").Append(article.Sources[0].Title).Append(".\n\n");
        body.Append("*[").Append(disease.Abbreviation).Append("]: ").Append(disease.Name).Append('\n');
        if (text.Random.Next(2) == 0)
        {
            body.Append("*[FDA]: Food and Drug Administration\n");
        }
        return body.ToString();
    }

    private string LinkSentence(GeneratedArticle target)
    {
        // Half the links point at a heading, as editors do when they cite one section of an earlier story.
        var anchor = text.Random.Next(2) == 0 ? "#" + text.Pick(target.HeadingIds) : "";
        return $"Read more in our story [{target.Title}]({target.Slug}.md{anchor}).";
    }

    private void AppendResults(StringBuilder body, string drug)
    {
        var months = text.Random.Next(6, 37);
        var treated = text.Random.Next(20, 120);
        var control = text.Random.Next(40, 300);
        body.Append(CultureInfo.InvariantCulture, $"::: results \"Outcomes {months} months after treatment began\"\n");
        body.Append(CultureInfo.InvariantCulture, $"| Outcome | {drug} (n={treated}) | Standard care (n={control}) |\n");
        body.Append("|---|---|---|\n");
        foreach (var outcome in text.PickDistinct(CorpusVocabulary.Outcomes, text.Random.Next(2, 4)))
        {
            body.Append(CultureInfo.InvariantCulture, $"| {outcome} | {text.Random.Next(5, 100)}% | {text.Random.Next(5, 100)}% |\n");
        }
        body.Append(":::\n\n");
    }
}
