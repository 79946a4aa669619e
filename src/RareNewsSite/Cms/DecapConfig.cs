using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Site;
using YamlDotNet.Serialization;

namespace RareNewsSite.Cms;

/// <summary>
/// <c>/admin/config.yml</c>, Decap CMS's configuration, written from <see cref="FrontMatterSchema"/>: one collection per
/// kind of content file, one field per front matter key with the widget its type needs, so what the CMS writes is what
/// the build reads and the two cannot drift. Keys that name another file (<c>author</c>, <c>diseases</c>,
/// <c>reviewed_by</c>) are relation widgets listing that collection's entries by name and storing the file name.
/// </summary>
internal static class DecapConfig
{
    /// <summary>Where editors' images go and the address the Markdown names them by (see "Links, images and headings").</summary>
    public const string MediaFolder = "input/assets";

    /// <summary>The address of <see cref="MediaFolder"/> as articles write it.</summary>
    public const string PublicFolder = "/assets";

    /// <summary>How dates are stored: the front matter's YYYY-MM-DD (Day.js format tokens).</summary>
    public const string DateFormat = "YYYY-MM-DD";

    // YamlDotNet picks quoting per value (a branch named "yes" or a hint with ': ' stays a string) and never aliases.
    private static readonly ISerializer Yaml = new SerializerBuilder().WithQuotingNecessaryStrings().WithIndentedSequences().DisableAliases().Build();

    /// <summary>The configuration's text.</summary>
    public static string Write(SiteSettings settings, LinkBuilder links)
    {
        var backend = new Dictionary<string, object?> { ["name"] = "github" };
        // Without a repository only the local backend works; the build warns (RN0404) and Decap says "needs a repo".
        if (settings.CmsRepository.Length > 0)
        {
            backend["repo"] = settings.CmsRepository;
        }
        backend["branch"] = settings.CmsBranch;
        if (settings.CmsAuthUrl.Length > 0)
        {
            // Decap asks base_url + "/" + auth_endpoint to log in (Netlify's service when both are absent).
            var auth = new Uri(settings.CmsAuthUrl);
            backend["base_url"] = auth.GetLeftPart(UriPartial.Authority);
            backend["auth_endpoint"] = auth.AbsolutePath.Trim('/') is { Length: > 0 } path ? path : "auth";
        }
        var root = new Dictionary<string, object?> { ["backend"] = backend };
        if (settings.CmsLocalBackend.Length > 0)
        {
            // Decap uses it only when the page is opened on localhost or 127.0.0.1, so the published file may keep it.
            root["local_backend"] = new Dictionary<string, object?> { ["url"] = settings.CmsLocalBackend };
        }
        if (links.HasHost)
        {
            root["site_url"] = links.Absolute("/");
            root["display_url"] = links.Absolute("/");
        }
        root["media_folder"] = MediaFolder;
        root["public_folder"] = PublicFolder;
        // File names the build accepts as they are: ASCII, accents dropped, hyphens between words.
        root["slug"] = new Dictionary<string, object?> { ["encoding"] = "ascii", ["clean_accents"] = true, ["sanitize_replacement"] = "-" };
        root["collections"] = FrontMatterSchema.All.Select(Collection).ToList();
        return "# Decap CMS configuration, written by rarenews build (GenerateCms in statiq.json) from the content model the build\n"
            + "# checks front matter with. The next build replaces this file: change the Cms settings in statiq.json instead.\n"
            + Yaml.Serialize(root).ReplaceLineEndings("\n");
    }

    /// <summary>The collection's name, which is also its folder's: <c>articles</c> for <c>input/articles</c>.</summary>
    public static string CollectionName(ContentSchema schema) => schema.Folder[(schema.Folder.LastIndexOf('/') + 1)..];

    /// <summary>The field that names an entry (title or name): the CMS lists entries by it and makes file names from it.</summary>
    public static string IdentifierField(ContentSchema schema) => schema.Fields.First(f => f.Required && f.Type == FieldType.Text).Name;

    private static Dictionary<string, object?> Collection(ContentSchema schema)
    {
        var name = CollectionName(schema);
        var fields = schema.Fields.Select(f => Field(f, f.Required, topLevel: true)).ToList();
        fields.Add(new Dictionary<string, object?>
        {
            ["label"] = "Text",
            ["name"] = "body",
            ["widget"] = "markdown",
            // Raw Markdown only: the rich-text editor would rewrite '::: symptoms' boxes, footnotes and abbreviations.
            ["modes"] = new List<object> { "raw" },
            ["required"] = false,
            ["hint"] = schema.Body,
        });
        return new Dictionary<string, object?>
        {
            ["name"] = name,
            ["label"] = Capitalized(name),
            ["label_singular"] = Capitalized(schema.Kind),
            ["folder"] = schema.Folder,
            ["create"] = true,
            ["extension"] = "md",
            ["format"] = "yaml-frontmatter",
            ["slug"] = "{{slug}}",
            ["identifier_field"] = IdentifierField(schema),
            // Decap's preview renders Markdown its own way, without the boxes; `rarenews preview` shows the real page.
            ["editor"] = new Dictionary<string, object?> { ["preview"] = false },
            ["fields"] = fields,
        };
    }

    private static Dictionary<string, object?> Field(FrontMatterField field, bool required, bool topLevel)
    {
        var widget = new Dictionary<string, object?>
        {
            ["label"] = Capitalized(field.Name.Replace('_', ' ')),
            ["name"] = field.Name,
            ["widget"] = null, // set below; here so that it comes third in the file
            // Decap requires every field unless told otherwise.
            ["required"] = required,
            ["hint"] = field.Description,
        };
        if (field.RefersTo is { } kind)
        {
            return Relation(widget, FrontMatterSchema.All.Single(s => s.Kind == kind), multiple: field.Type == FieldType.TextList);
        }
        switch (field.Type)
        {
            case FieldType.Text:
                widget["widget"] = "string";
                if (field.Pattern is { } pattern)
                {
                    widget["pattern"] = new List<object> { pattern, field.Description };
                }
                break;
            case FieldType.Date:
                widget["widget"] = "datetime";
                widget["date_format"] = DateFormat;
                widget["time_format"] = false;
                // A date-only value is the same day wherever the editor is.
                widget["picker_utc"] = true;
                // A new article is dated today. Never inside a list: Decap would start every new entry with one item.
                if (required && topLevel)
                {
                    widget["default"] = "{{now}}";
                }
                break;
            case FieldType.Boolean:
                widget["widget"] = "boolean";
                break;
            case FieldType.Integer:
                widget["widget"] = "number";
                widget["value_type"] = "int";
                break;
            case FieldType.TextList or FieldType.TrialNumbers:
                // A list without fields: one text box, items separated by commas.
                widget["widget"] = "list";
                break;
            case FieldType.MappingList:
                widget["widget"] = "list";
                widget["fields"] = Items(field);
                break;
            case FieldType.Mapping:
                widget["widget"] = "object";
                widget["collapsed"] = true;
                widget["fields"] = Items(field);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, "a field type without a Decap widget");
        }
        return widget;
    }

    // An item's field is required when it alone must be there (a link's url); a choice (url, doi or pmid) is left to the build.
    private static List<object> Items(FrontMatterField field) =>
        [.. field.ItemFields.Select(item => Field(item, field.ItemNeedsOneOf.Any(g => g.Length == 1 && g[0] == item.Name), topLevel: false))];

    private static Dictionary<string, object?> Relation(Dictionary<string, object?> widget, ContentSchema target, bool multiple)
    {
        var identifier = IdentifierField(target);
        widget["widget"] = "relation";
        widget["collection"] = CollectionName(target);
        // The entry's file name without .md: the key the build looks the record up by.
        widget["value_field"] = "{{slug}}";
        widget["search_fields"] = new List<object> { identifier };
        widget["display_fields"] = new List<object> { identifier };
        widget["multiple"] = multiple;
        return widget;
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
