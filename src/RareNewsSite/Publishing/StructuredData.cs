using System.Text.Json.Nodes;
using RareNewsSite.Configuration;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;

namespace RareNewsSite.Publishing;

/// <summary>schema.org descriptions of each page type, built from the same views the templates see.</summary>
internal sealed class StructuredData(SiteSettings settings, LinkBuilder links)
{
    /// <summary>Home: the <c>WebSite</c>.</summary>
    public RawHtml ForHome() => JsonLd.Graph(new JsonObject
    {
        ["@type"] = "WebSite",
        ["name"] = settings.SiteTitle,
        ["description"] = settings.SiteDescription,
        ["url"] = links.Absolute("/"),
        ["inLanguage"] = settings.Language,
    });

    /// <summary>Any other page: a <c>WebPage</c> (or <c>CollectionPage</c> for lists).</summary>
    public RawHtml ForPage(PageView page, bool collection = false) => JsonLd.Graph(new JsonObject
    {
        ["@type"] = collection ? "CollectionPage" : "WebPage",
        ["name"] = page.Title,
        ["description"] = page.Description,
        ["url"] = page.Canonical,
        ["isPartOf"] = Site(),
    });

    /// <summary>An article: <c>NewsArticle</c>, plus <c>MedicalWebPage</c> with the review when one is given.</summary>
    public RawHtml ForArticle(ArticleView article)
    {
        var news = new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["description"] = article.Summary,
            ["url"] = article.AbsoluteUrl,
            ["mainEntityOfPage"] = article.AbsoluteUrl,
            ["datePublished"] = JsonLd.Date(article.Date),
            ["dateModified"] = JsonLd.Date(article.Updated ?? article.Date),
            ["inLanguage"] = settings.Language,
            ["author"] = new JsonArray([.. article.Authors.Select(Person)]),
            ["publisher"] = Organization(),
            ["about"] = new JsonArray([.. article.Diseases.Select(d => Condition(d, d.Symptoms.Concat(article.Symptoms)))]),
            ["keywords"] = JsonLd.Strings(article.Tags.Select(t => t.Name).Concat(article.Drugs)),
        };
        if (article.Sources.Count > 0)
        {
            news["citation"] = new JsonArray([.. article.Sources.Select(Citation)]);
        }
        if (article.Trials.Count > 0)
        {
            news["mentions"] = new JsonArray([.. article.Trials.Select(t => (JsonNode)new JsonObject
            {
                ["@type"] = "MedicalTrial",
                ["identifier"] = t.Title,
                ["url"] = t.Url,
            })]);
        }
        if (article.Corrections.Count > 0)
        {
            news["correction"] = new JsonArray([.. article.Corrections.Select(c => (JsonNode)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["text"] = c.Text,
                ["datePublished"] = JsonLd.Date(c.Date),
            })]);
        }
        if (article.Image is { } image)
        {
            news["image"] = links.Absolute(image);
        }
        JsonObject? review = article.ReviewedBy is not null || article.LastReviewed is not null
            ? new JsonObject
            {
                ["@type"] = "MedicalWebPage",
                ["url"] = article.AbsoluteUrl,
                ["name"] = article.Title,
                ["lastReviewed"] = article.LastReviewed is { } reviewed ? JsonLd.Date(reviewed) : null,
                ["reviewedBy"] = ReviewedBy(article.Reviewer, article.ReviewedBy),
            }
            : null;
        return JsonLd.Graph(news, review);
    }

    // A journal article is a ScholarlyArticle with its DOI and PubMed number as identifiers; a news item or a web page
    // only a CreativeWork with its name and address.
    private static JsonNode Citation(Content.Trust.Citation c)
    {
        var node = new JsonObject
        {
            ["@type"] = c.IsScholarly ? "ScholarlyArticle" : "CreativeWork",
            ["name"] = c.Title,
            ["url"] = c.Link,
        };
        if (!c.IsScholarly)
        {
            return node;
        }
        node["headline"] = c.Title;
        node["author"] = c.Authors.Count > 0
            ? new JsonArray([.. c.Authors.Where(a => !a.Trim().TrimEnd('.').Equals("et al", StringComparison.OrdinalIgnoreCase))
                .Select(a => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = a })])
            : null;
        node["datePublished"] = c.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        node["isPartOf"] = c.Journal is { } journal ? new JsonObject { ["@type"] = "Periodical", ["name"] = journal } : null;
        node["pagination"] = c.Pages;
        var ids = new JsonArray();
        if (c.Doi is { } doi)
        {
            ids.Add(new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "DOI", ["value"] = doi });
        }
        if (c.Pmid is { } pmid)
        {
            ids.Add(new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "PMID", ["value"] = pmid });
        }
        node["identifier"] = ids.Count > 0 ? ids : null;
        node["sameAs"] = JsonLd.Strings(new[] { c.DoiUrl, c.PubMedUrl }.OfType<string>().Where(u => u != c.Link));
        if (((JsonArray)node["sameAs"]!).Count == 0)
        {
            node.Remove("sameAs");
        }
        return node;
    }

    /// <summary>An author: a <c>ProfilePage</c> whose main entity is the <c>Person</c>.</summary>
    public RawHtml ForAuthor(AuthorView author, string bioText)
    {
        var person = Person(author);
        person["description"] = bioText;
        if (author.Role is { } role)
        {
            person["jobTitle"] = role;
        }
        if (author.Links.Count > 0)
        {
            person["sameAs"] = JsonLd.Strings(author.Links.Select(l => l.Url));
        }
        return JsonLd.Graph(new JsonObject
        {
            ["@type"] = "ProfilePage",
            ["url"] = AbsoluteFromLink(author.Url),
            ["mainEntity"] = person,
        });
    }

    /// <summary>A reviewer: a <c>ProfilePage</c> whose main entity is the <c>Person</c> with credentials.</summary>
    public RawHtml ForReviewer(ReviewerView reviewer, string bioText)
    {
        var person = Reviewer(reviewer);
        person["description"] = bioText;
        return JsonLd.Graph(new JsonObject { ["@type"] = "ProfilePage", ["url"] = AbsoluteFromLink(reviewer.Url), ["mainEntity"] = person });
    }

    // A reviewer record becomes a Person with credentials; free text (the old way) only a name.
    private JsonObject? ReviewedBy(ReviewerView? reviewer, string? freeText) =>
        reviewer is not null ? Reviewer(reviewer) : freeText is { } name ? new JsonObject { ["@type"] = "Person", ["name"] = name } : null;

    private JsonObject Reviewer(ReviewerView reviewer) => new()
    {
        ["@type"] = "Person",
        ["name"] = reviewer.Name,
        ["url"] = AbsoluteFromLink(reviewer.Url),
        ["jobTitle"] = reviewer.JobTitle,
        ["hasCredential"] = reviewer.Credentials is { } credentials
            ? new JsonObject { ["@type"] = "EducationalOccupationalCredential", ["name"] = credentials }
            : null,
        ["affiliation"] = reviewer.Affiliation is { } affiliation ? new JsonObject { ["@type"] = "Organization", ["name"] = affiliation } : null,
        ["sameAs"] = reviewer.Links.Count > 0 ? JsonLd.Strings(reviewer.Links.Select(l => l.Url)) : null,
    };

    /// <summary>A disease: the <c>MedicalCondition</c> with other names, codes and symptoms.</summary>
    public RawHtml ForDisease(DiseaseView disease, IEnumerable<string> symptoms)
    {
        var condition = Condition(disease, symptoms);
        condition["description"] = disease.Intro;
        var codes = new JsonArray();
        void Code(string? value, string system)
        {
            if (value is not null)
            {
                codes.Add(new JsonObject { ["@type"] = "MedicalCode", ["codeValue"] = value, ["codingSystem"] = system });
            }
        }
        Code(disease.Icd10, "ICD-10");
        Code(disease.Orpha, "ORPHA");
        Code(disease.Omim, "OMIM");
        if (codes.Count > 0)
        {
            condition["code"] = codes;
        }
        // The disease page itself is a reviewed medical page once its record names a review date.
        JsonObject? page = disease.LastReviewed is not null || disease.ReviewedBy is not null
            ? new JsonObject
            {
                ["@type"] = "MedicalWebPage",
                ["url"] = AbsoluteFromLink(disease.Url),
                ["name"] = disease.Name,
                ["about"] = new JsonObject { ["@type"] = "MedicalCondition", ["name"] = disease.Name },
                ["lastReviewed"] = disease.LastReviewed is { } reviewed ? JsonLd.Date(reviewed) : null,
                ["reviewedBy"] = ReviewedBy(disease.Reviewer, disease.ReviewedBy),
            }
            : null;
        return JsonLd.Graph(condition, page);
    }

    private JsonObject Condition(DiseaseView disease, IEnumerable<string> symptoms)
    {
        var names = disease.AlsoKnownAs.Concat(disease.Abbreviation is { } a ? [a] : []);
        return new JsonObject
        {
            ["@type"] = "MedicalCondition",
            ["name"] = disease.Name,
            ["alternateName"] = JsonLd.Strings(names),
            ["url"] = AbsoluteFromLink(disease.Url),
            ["signOrSymptom"] = new JsonArray([.. symptoms.Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(s => (JsonNode)new JsonObject { ["@type"] = "MedicalSignOrSymptom", ["name"] = s })]),
        };
    }

    private JsonObject Person(AuthorView author) => new()
    {
        ["@type"] = "Person",
        ["name"] = author.Name,
        ["url"] = AbsoluteFromLink(author.Url),
    };

    private JsonObject Organization() => new() { ["@type"] = "Organization", ["name"] = settings.SiteTitle, ["url"] = links.Absolute("/") };

    private JsonObject Site() => new() { ["@type"] = "WebSite", ["name"] = settings.SiteTitle, ["url"] = links.Absolute("/") };

    // Views hold links under LinkRoot; absolute URLs are built from the site path.
    private string AbsoluteFromLink(string link) => links.Absolute("/" + link[links.To("/").Length..]);
}
