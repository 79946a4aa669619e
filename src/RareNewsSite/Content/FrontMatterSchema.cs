using System.Collections.Immutable;
using RareNewsSite.Content.Trust;

namespace RareNewsSite.Content;

/// <summary>
/// The front matter of every kind of content file. The readers read by these definitions (reading a key as another
/// type than defined here is a bug the build stops at) and the JSON Schemas for editors are written from them, so
/// the two cannot drift. Descriptions are for editors: they show on hover in the editor.
/// </summary>
internal static class FrontMatterSchema
{
    // ECMAScript-compatible patterns: the same text goes into the JSON Schemas.
    private const string WebUrl = "^[Hh][Tt][Tt][Pp][Ss]?://";
    private const string IsoDate = @"^\d{4}-\d{2}-\d{2}([Tt ].*)?$";

    /// <summary>The fields of each item of <c>links</c> (authors and reviewers).</summary>
    public static readonly ImmutableArray<FrontMatterField> Link =
    [
        new("title", FieldType.Text, "What the link shows, such as \"ORCID\" or \"Hospital profile\"."),
        new("url", FieldType.Text, "The address, starting with https://.", Pattern: WebUrl),
    ];

    /// <summary>The fields of each item of an article's <c>sources</c>, a Vancouver reference.</summary>
    public static readonly ImmutableArray<FrontMatterField> Citation =
    [
        new("title", FieldType.Text, "The title of the study, report or page."),
        new("url", FieldType.Text, "Its address, starting with https:// (or give a doi or pmid).", Pattern: WebUrl),
        new("doi", FieldType.Text, "The DOI, such as 10.1056/NEJMoa2214171 (without https://doi.org/).", Pattern: CitationReader.DoiRegex),
        new("pmid", FieldType.Text, "The PubMed number: digits only, such as 37099340.", Pattern: CitationReader.PmidRegex),
        new("authors", FieldType.TextList, "Authors as Vancouver writes them: [van der Sluis IM, de Lorenzo P, et al.]"),
        new("journal", FieldType.Text, "The journal's abbreviated name, such as N Engl J Med."),
        new("year", FieldType.Text, "The year of publication, such as 2023.", Pattern: @"^\d{4}$"),
        new("volume", FieldType.Text, "The journal volume."),
        new("issue", FieldType.Text, "The journal issue."),
        new("pages", FieldType.Text, "The pages, such as 1234-45."),
    ];

    /// <summary>The fields of an article's <c>study</c>.</summary>
    public static readonly ImmutableArray<FrontMatterField> Study =
    [
        new("design", FieldType.Text, "The kind of study, such as randomized-controlled-trial, single-group-trial or case-report."),
        new("phase", FieldType.Text, "The trial phase: 1, 2, 3 or 4 (or 1/2, 2/3)."),
        new("participants", FieldType.Integer, "How many people took part."),
        new("comparison", FieldType.Text, "What the treated group was compared with, such as placebo, usual-care or historical-controls."),
        new("comparison_group", FieldType.Text, "Who the comparison group was, in the editor's words."),
        new("registry", FieldType.Text, "The trial's registry number, such as NCT04017000."),
    ];

    /// <summary>The fields of each item of an article's <c>corrections</c>.</summary>
    public static readonly ImmutableArray<FrontMatterField> Correction =
    [
        new("date", FieldType.Date, "When the article was corrected, YYYY-MM-DD.", Pattern: IsoDate),
        new("text", FieldType.Text, "What was wrong and what is right now."),
    ];

    /// <summary>Articles, <c>input/articles/**/*.md</c>.</summary>
    public static readonly ContentSchema Article = new("article", "input/articles",
    [
        new("title", FieldType.Text, "The headline.", Required: true),
        new("date", FieldType.Date, "The day it is published, YYYY-MM-DD (a time and offset may follow). A future date makes it a scheduled post.", Required: true, Pattern: IsoDate),
        new("updated", FieldType.Date, "The day of the last substantive change, YYYY-MM-DD.", Pattern: IsoDate),
        new("author", FieldType.Text, "The file name of the author in input/authors/, without .md.") { RefersTo = "author" },
        new("authors", FieldType.TextList, "Several authors: file names in input/authors/, without .md.") { RefersTo = "author" },
        new("summary", FieldType.Text, "One or two sentences, under 300 characters: lists, feeds, search results and the meta description show it.", Required: true),
        new("diseases", FieldType.TextList, "File names in input/diseases/, without .md: the article gets an \"About ...\" box and appears on each disease page.") { RefersTo = "disease" },
        new("drugs", FieldType.TextList, "Medicines named in the article, listed under \"Medicines in this article\"; a brand name goes in brackets."),
        new("tags", FieldType.TextList, "Topics: each gets a page at /tags/<topic>/."),
        new("sources", FieldType.MappingList, "Where the news comes from: a title and an https:// address each, or a journal article's doi or pmid with the fields of a Vancouver reference.")
        {
            ItemFields = Citation,
            ItemNeedsOneOf = [["title"], ["url", "doi", "pmid"]],
        },
        new("image", FieldType.Text, "A picture at the top: a file in input/assets/, such as /assets/blood-cells.svg. Needs image_alt."),
        new("image_alt", FieldType.Text, "What the image shows, for readers who cannot see it (\"\" for a purely decorative image)."),
        new("image_caption", FieldType.Text, "A caption under the lead image: what it shows, in a sentence."),
        new("image_credit", FieldType.Text, "Who made the lead image, shown under it, such as \"Photo: Ana Ruiz\"."),
        new("image_credit_url", FieldType.Text, "A link for the credit, starting with https://.", Pattern: WebUrl),
        new("image_license", FieldType.Text, "The lead image's licence, such as CC BY 4.0."),
        new("image_license_url", FieldType.Text, "A link to the licence, starting with https://.", Pattern: WebUrl),
        new("image_focus", FieldType.Text, "The point of the lead image a share card is cropped around, from the left and from the top: \"30% 40%\".", Pattern: @"^\d+(\.\d+)?\s*%\s+\d+(\.\d+)?\s*%$"),
        new("reviewed_by", FieldType.Text, "Who checked the medical facts: the file name of the reviewer in input/reviewers/, without .md.") { RefersTo = "reviewer" },
        new("last_reviewed", FieldType.Date, "When the medical facts were last checked, YYYY-MM-DD.", Pattern: IsoDate),
        new("next_review", FieldType.Date, "When the next medical review is due, YYYY-MM-DD (default: last_reviewed plus the site's ReviewInterval).", Pattern: IsoDate),
        new("corrections", FieldType.MappingList, "Dated corrections, shown at the top, at the end and in the site's corrections log.")
        {
            ItemFields = Correction,
            ItemNeedsOneOf = [["date"], ["text"]],
        },
        new("trials", FieldType.TrialNumbers, "ClinicalTrials.gov numbers of the trials the article reports on: NCT and eight digits, such as NCT04017000.", Pattern: TrialNumbers.ExactRegex),
        new("funding", FieldType.Text, "Who paid for the article or the work it reports, shown under Disclosures."),
        new("conflicts", FieldType.Text, "Conflicts of interest of the writers or reviewers, shown under Disclosures."),
        new("sponsored", FieldType.Boolean, "true: a sponsor paid for the article; it is labelled Sponsored on its page, cards, results and feeds."),
        new("study", FieldType.Mapping, "The study the article reports on, for the About this study box.")
        {
            ItemFields = Study,
        },
        new("draft", FieldType.Boolean, "true: only in the preview and in builds with --drafts."),
        new("slug", FieldType.Text, "The address, instead of the file name: lower-case letters, digits and single hyphens.", Pattern: Slugs.ValidRegex),
        new("aliases", FieldType.TextList, "Old addresses that redirect here, such as /old-news/story/."),
    ])
    {
        NeedsOneOf = [["author", "authors"]],
        // Written as Markdown, with the syntax in code spans: Decap CMS renders hints as Markdown.
        Body = "The article, in Markdown. Start sections with `##` (the title is the only `#`). A box starts with a line of "
            + "three colons and its kind and ends with a line of three colons alone: `::: symptoms` holds a bullet list of "
            + "symptoms (they also appear on the disease page and in search); `::: results \"Caption\"` holds one table, with "
            + "the size of each group in its column header such as `(n=30)`, shown with a bar chart; `::: note` and "
            + "`::: warning` are callouts. Images: `![what it shows](/assets/name.png)`. Footnotes: `[^1]` in the text and a "
            + "line `[^1]: ...` at the end.",
    };

    /// <summary>Authors, <c>input/authors/*.md</c>; the body is the bio.</summary>
    public static readonly ContentSchema Author = new("author", "input/authors",
    [
        new("name", FieldType.Text, "The author's name as the byline shows it.", Required: true),
        new("role", FieldType.Text, "A few words under the name, such as \"Health reporter\"."),
        new("avatar", FieldType.Text, "A photo: a file in input/assets/."),
        new("links", FieldType.MappingList, "Profiles elsewhere: a title and an https:// address each.") { ItemFields = Link, ItemNeedsOneOf = [["title"], ["url"]] },
    ])
    {
        Body = "The author's bio, in Markdown: shown at the end of each of their articles and on their page.",
    };

    /// <summary>Diseases, <c>input/diseases/*.md</c>; the body is the plain-language explainer.</summary>
    public static readonly ContentSchema Disease = new("disease", "input/diseases",
    [
        new("name", FieldType.Text, "The disease's name, as its page title.", Required: true),
        new("also_known_as", FieldType.TextList, "Other names, listed on the index and found by search."),
        new("abbreviation", FieldType.Text, "A common abbreviation, such as SMA."),
        new("orpha", FieldType.Text, "The Orphanet number (ORPHA code)."),
        new("omim", FieldType.Text, "The OMIM number."),
        new("icd10", FieldType.Text, "The ICD-10 code."),
        new("symptoms", FieldType.TextList, "Common signs and symptoms, found by search."),
        new("last_reviewed", FieldType.Date, "When the medical facts were last checked, YYYY-MM-DD.", Pattern: IsoDate),
        new("next_review", FieldType.Date, "When the next medical review is due, YYYY-MM-DD.", Pattern: IsoDate),
        new("reviewed_by", FieldType.Text, "Who checked the medical facts: the file name of the reviewer in input/reviewers/, without .md.") { RefersTo = "reviewer" },
    ])
    {
        Body = "The plain-language \"What is ...?\" explainer, in Markdown. A `::: symptoms` box (a line `::: symptoms`, a "
            + "bullet list, a line `:::`) lists the signs readers may notice.",
    };

    /// <summary>Medical reviewers, <c>input/reviewers/*.md</c>; the body is a short bio.</summary>
    public static readonly ContentSchema Reviewer = new("reviewer", "input/reviewers",
    [
        new("name", FieldType.Text, "The reviewer's name.", Required: true),
        new("credentials", FieldType.Text, "Qualifications, such as \"MD, PhD\"."),
        new("job_title", FieldType.Text, "The reviewer's job, such as \"Consultant haematologist\"."),
        new("affiliation", FieldType.Text, "Where the reviewer works."),
        new("links", FieldType.MappingList, "Profiles elsewhere: a title and an https:// address each.") { ItemFields = Link, ItemNeedsOneOf = [["title"], ["url"]] },
    ])
    {
        Body = "A short bio, in Markdown, shown on the reviewer's page.",
    };

    /// <summary>Pages such as About, <c>input/pages/*.md</c>.</summary>
    public static readonly ContentSchema Page = new("page", "input/pages",
    [
        new("title", FieldType.Text, "The page's title.", Required: true),
        new("description", FieldType.Text, "One sentence for search engines."),
        new("menu", FieldType.Boolean, "true: the page is in the header menu (it is always in the footer)."),
        new("menu_order", FieldType.Integer, "The page's place among the menu's pages, lowest first."),
    ])
    {
        Body = "The page's text, in Markdown. Start sections with `##`.",
    };

    /// <summary>Every kind, in the order the README lists them.</summary>
    public static readonly ImmutableArray<ContentSchema> All = [Article, Author, Disease, Reviewer, Page];
}
