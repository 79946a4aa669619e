using RareNewsSite.Site.Views;
namespace RareNewsSite.Diagnostics;

/// <summary>
/// Every diagnostic code, grouped by hundreds: 01xx content, 02xx Markdown, 03xx templates,
/// 04xx settings, 05xx search (0501–0519) and medical trust (0520–0599), 06xx preview, 09xx build and file system.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>Front matter is not valid YAML.</summary>
    public const string InvalidYaml = "RN0100";
    /// <summary>A required front matter key is missing.</summary>
    public const string MissingKey = "RN0101";
    /// <summary>A value has the wrong type or format.</summary>
    public const string WrongType = "RN0102";
    /// <summary>A front matter key is not known (warning).</summary>
    public const string UnknownKey = "RN0103";
    /// <summary>An article names an author that does not exist.</summary>
    public const string UnknownAuthor = "RN0104";
    /// <summary>An article names a disease that does not exist.</summary>
    public const string UnknownDisease = "RN0105";
    /// <summary>Two documents would be written to the same URL.</summary>
    public const string DuplicateUrl = "RN0106";
    /// <summary>A slug or alias cannot be used as a URL segment.</summary>
    public const string InvalidSlug = "RN0107";
    /// <summary>The file has no front matter block.</summary>
    public const string MissingFrontMatter = "RN0108";
    /// <summary>An image is set without alt text.</summary>
    public const string MissingAltText = "RN0109";
    /// <summary>The file is not valid UTF-8 text.</summary>
    public const string InvalidEncoding = "RN0110";
    /// <summary>Front matter is too large, too deeply nested or uses YAML aliases.</summary>
    public const string FrontMatterTooComplex = "RN0111";
    /// <summary>An unquoted text value is cut short by " #", which YAML reads as the start of a comment.</summary>
    public const string TextCutByComment = "RN0112";
    /// <summary>A published article still holds the placeholder text that <c>new article</c> wrote.</summary>
    public const string PlaceholderText = "RN0113";
    /// <summary>A summary too long for a meta description or a list (warning).</summary>
    public const string LongSummary = "RN0114";

    /// <summary>A link points at a file that is not part of the site.</summary>
    public const string BrokenLink = "RN0201";
    /// <summary>A link points at an anchor that does not exist.</summary>
    public const string BrokenAnchor = "RN0202";
    /// <summary>A <c>:::</c> container has an unknown type.</summary>
    public const string UnknownContainer = "RN0203";
    /// <summary>A <c>::: results</c> container holds no table.</summary>
    public const string ResultsWithoutTable = "RN0204";
    /// <summary>A link uses a scheme that can run code (javascript:, data:).</summary>
    public const string ForbiddenUrl = "RN0205";
    /// <summary>Raw HTML in Markdown is shown as text (warning; see the <c>AllowRawHtml</c> setting).</summary>
    public const string RawHtml = "RN0206";
    /// <summary>An image points at a file that does not exist under <c>input/assets/</c>.</summary>
    public const string MissingImage = "RN0207";
    /// <summary>A Markdown image has empty alt text (warning).</summary>
    public const string ImageWithoutAlt = "RN0208";
    /// <summary>Headings skip a level or the body starts below <c>##</c> (warning, <c>check</c> only).</summary>
    public const string HeadingOrder = "RN0209";
    /// <summary>Prose reads above the target grade (warning, <c>check</c> only).</summary>
    public const string Readability = "RN0210";
    /// <summary>A <c>:::</c> container is never closed, so it swallows the rest of the file.</summary>
    public const string UnclosedContainer = "RN0211";
    /// <summary>An external link answers 404 Not Found or 410 Gone (<c>check --external</c>, warning).</summary>
    public const string ExternalLinkGone = "RN0212";
    /// <summary>An external link answers with a permanent redirect (301, 308) (<c>check --external</c>, warning).</summary>
    public const string ExternalLinkMoved = "RN0213";
    /// <summary>An external link's host could not be reached or did not answer in time (<c>check --external</c>, warning).</summary>
    public const string ExternalLinkUnreachable = "RN0214";

    /// <summary>A template does not parse.</summary>
    public const string TemplateSyntax = "RN0301";
    /// <summary>A template failed while rendering.</summary>
    public const string TemplateRuntime = "RN0302";
    /// <summary>A layout the engine needs is missing from the theme.</summary>
    public const string MissingTemplate = "RN0303";

    /// <summary><c>input/data/synonyms.yml</c> is not valid YAML or not a list of word groups.</summary>
    public const string InvalidSynonyms = "RN0501";
    /// <summary><c>input/data/synonyms.yml</c> has an unknown key, an empty group or a word in two groups (warning).</summary>
    public const string SynonymsWarning = "RN0502";

    // Medical trust (issue #17): review cycle, reviewers, corrections, trials, citations, study box, evidence check.
    // They start at RN0520 because search took RN0501 and RN0502 first.

    /// <summary><c>next_review</c> is before <c>last_reviewed</c>.</summary>
    public const string ReviewBeforeLastReview = "RN0520";
    /// <summary>A page's next review date has passed (warning, <c>check</c> only).</summary>
    public const string ReviewOverdue = "RN0521";
    /// <summary><c>reviewed_by</c> names a reviewer key that has no record.</summary>
    public const string UnknownReviewer = "RN0522";
    /// <summary><c>reviewed_by</c> is free text rather than a reviewer record (warning).</summary>
    public const string FreeTextReviewer = "RN0523";
    /// <summary>A <c>corrections</c> entry without a date or a text.</summary>
    public const string InvalidCorrection = "RN0524";
    /// <summary>A <c>trials</c> entry is not a ClinicalTrials.gov number (NCT and eight digits).</summary>
    public const string InvalidTrialNumber = "RN0525";
    /// <summary>The body names a trial number that the article's <c>trials</c> does not list (warning).</summary>
    public const string TrialNotListed = "RN0526";
    /// <summary>A source's <c>doi</c> is not <c>10.NNNN/suffix</c>.</summary>
    public const string InvalidDoi = "RN0527";
    /// <summary>A source's <c>pmid</c> is not digits.</summary>
    public const string InvalidPmid = "RN0528";
    /// <summary>A source's <c>year</c> or <c>authors</c> has the wrong form.</summary>
    public const string InvalidCitation = "RN0529";
    /// <summary>An article is <c>sponsored: true</c> but its <c>funding</c> does not say who paid (warning).</summary>
    public const string SponsorNotNamed = "RN0530";
    /// <summary>The <c>EditorialPolicy</c> setting names a page the site does not have (warning).</summary>
    public const string MissingEditorialPolicy = "RN0531";
    /// <summary><c>study.design</c> or <c>study.comparison</c> names a kind of study or comparison the site does not know.</summary>
    public const string UnknownStudyDesign = "RN0532";
    /// <summary><c>study</c> is not a mapping, or its phase, participants or registry has the wrong form.</summary>
    public const string InvalidStudy = "RN0533";
    /// <summary>A title or summary uses a word that promises too much ("breakthrough", "cure", "miracle"; warning, <c>check</c>).</summary>
    public const string HypeWord = "RN0534";
    /// <summary>A relative change ("halves the risk", "40% lower") in a section with no absolute figures (warning, <c>check</c>).</summary>
    public const string RelativeFigureOnly = "RN0535";
    /// <summary>A <c>::: results</c> table whose headers give no group sizes (n=…) (warning, <c>check</c>).</summary>
    public const string ResultsWithoutGroupSizes = "RN0536";
    /// <summary>An article about a treatment (drugs, trials or a study) with no <c>sources</c> (warning, <c>check</c>).</summary>
    public const string TreatmentWithoutSources = "RN0537";

    // Images: RN0540–RN0559 (RN0520–RN0539 are medical trust's).
    /// <summary>A photo that cannot be decoded: damaged, cut short, or not an image.</summary>
    public const string BrokenImage = "RN0540";
    /// <summary>A file whose extension names another format than its bytes.</summary>
    public const string ImageFormatMismatch = "RN0541";
    /// <summary>A photo over 50 megapixels, refused before it is decoded.</summary>
    public const string ImageTooLarge = "RN0542";
    /// <summary>An SVG with a script or a reference outside itself.</summary>
    public const string UnsafeSvg = "RN0543";
    /// <summary>An <c>image_focus</c> that is not two percentages from 0% to 100%.</summary>
    public const string InvalidImageFocus = "RN0544";
    /// <summary>An image without a credit where <c>RequireImageCredit</c> is on.</summary>
    public const string MissingImageCredit = "RN0545";
    /// <summary>A <c>::: figure</c> that does not start with an image.</summary>
    public const string FigureWithoutImage = "RN0546";
    /// <summary>An <c>image_credit_url</c> or <c>image_license_url</c> that is not an http(s) address.</summary>
    public const string InvalidImageCredit = "RN0547";

    /// <summary><c>statiq.json</c> is not valid JSON or has a misspelt key.</summary>
    public const string InvalidSettings = "RN0401";
    /// <summary>A setting has a value out of range.</summary>
    public const string InvalidSettingValue = "RN0402";
    /// <summary>No <c>Host</c> is set, so outputs that need absolute URLs are skipped (warning).</summary>
    public const string NoHost = "RN0403";
    /// <summary><c>GenerateCms</c> is on without <c>CmsRepository</c>, so the CMS works only with the local backend (warning).</summary>
    public const string CmsWithoutRepository = "RN0404";

    /// <summary>The output folder cannot be used.</summary>
    public const string InvalidOutputFolder = "RN0901";
    /// <summary>The disk (or the disk quota) filled up while the output was written; the previous output is kept.</summary>
    public const string DiskFull = "RN0902";
    /// <summary>A file of the build cache is damaged or was written by another version of the program, so it is ignored (warning).</summary>
    public const string CacheNotUsed = "RN0903";
}
