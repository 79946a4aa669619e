using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace RareNewsSite.Publishing;

/// <summary>
/// Writes RSS 2.0, Atom 1.0 and JSON Feed 1.1 with real writers (XmlWriter, Utf8JsonWriter), so every
/// user value is escaped by the format's own rules, straight into UTF-8 as the files are written. Dates come from
/// the articles, never from the clock, so the same input gives the same bytes.
/// </summary>
internal sealed class FeedWriter(string title, string description, string language, string homeUrl)
{
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };

    /// <summary>RSS 2.0 with full content in <c>content:encoded</c>.</summary>
    public void Rss(Stream into, string feedUrl, IReadOnlyList<FeedItem> items) => Xml(into, xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("xmlns", "content", null, "http://purl.org/rss/1.0/modules/content/");
        xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", title);
        xml.WriteElementString("link", homeUrl);
        xml.WriteElementString("description", description);
        xml.WriteElementString("language", language);
        if (items.Count > 0)
        {
            xml.WriteElementString("lastBuildDate", Rfc822(items.Max(i => i.Article.Updated ?? i.Article.Date)));
        }
        xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("href", feedUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var item in items)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("title", TitleOf(item));
            xml.WriteElementString("link", item.AbsoluteUrl);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(item.AbsoluteUrl);
            xml.WriteEndElement();
            xml.WriteElementString("description", item.Article.Summary);
            xml.WriteStartElement("content", "encoded", "http://purl.org/rss/1.0/modules/content/");
            Html(xml, into, item);
            xml.WriteEndElement();
            foreach (var author in item.Authors)
            {
                xml.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", author.Name);
            }
            xml.WriteElementString("pubDate", Rfc822(item.Article.Date));
            foreach (var category in Categories(item))
            {
                xml.WriteElementString("category", category);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    /// <summary>Atom 1.0 with the summary and the full content as HTML.</summary>
    public void Atom(Stream into, string feedUrl, IReadOnlyList<FeedItem> items) => Xml(into, xml =>
    {
        const string ns = "http://www.w3.org/2005/Atom";
        xml.WriteStartElement("feed", ns);
        xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteElementString("title", ns, title);
        xml.WriteElementString("subtitle", ns, description);
        Link(xml, homeUrl, "alternate");
        Link(xml, feedUrl, "self");
        xml.WriteElementString("id", ns, feedUrl);
        xml.WriteElementString("updated", ns, JsonLd.Date(items.Count > 0 ? items.Max(i => i.Article.Updated ?? i.Article.Date) : DateTimeOffset.UnixEpoch));
        foreach (var item in items)
        {
            xml.WriteStartElement("entry", ns);
            xml.WriteElementString("title", ns, TitleOf(item));
            Link(xml, item.AbsoluteUrl, "alternate");
            xml.WriteElementString("id", ns, item.AbsoluteUrl);
            xml.WriteElementString("published", ns, JsonLd.Date(item.Article.Date));
            xml.WriteElementString("updated", ns, JsonLd.Date(item.Article.Updated ?? item.Article.Date));
            foreach (var author in item.Authors)
            {
                xml.WriteStartElement("author", ns);
                xml.WriteElementString("name", ns, author.Name);
                xml.WriteElementString("uri", ns, author.Url);
                xml.WriteEndElement();
            }
            xml.WriteElementString("summary", ns, item.Article.Summary);
            xml.WriteStartElement("content", ns);
            xml.WriteAttributeString("type", "html");
            Html(xml, into, item);
            xml.WriteEndElement();
            foreach (var category in Categories(item))
            {
                xml.WriteStartElement("category", ns);
                xml.WriteAttributeString("term", category);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    /// <summary>JSON Feed 1.1.</summary>
    public void Json(Stream into, string feedUrl, IReadOnlyList<FeedItem> items)
    {
        using (var json = new Utf8JsonWriter(into, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", title);
            json.WriteString("home_page_url", homeUrl);
            json.WriteString("feed_url", feedUrl);
            json.WriteString("description", description);
            json.WriteString("language", language);
            json.WriteStartArray("items");
            foreach (var item in items)
            {
                json.WriteStartObject();
                json.WriteString("id", item.AbsoluteUrl);
                json.WriteString("url", item.AbsoluteUrl);
                json.WriteString("title", TitleOf(item));
                json.WriteString("summary", item.Article.Summary);
                json.WriteString("content_html"u8, item.ContentUtf8());
                json.WriteString("date_published", JsonLd.Date(item.Article.Date));
                json.WriteString("date_modified", JsonLd.Date(item.Article.Updated ?? item.Article.Date));
                json.WriteStartArray("authors");
                foreach (var author in item.Authors)
                {
                    json.WriteStartObject();
                    json.WriteString("name", author.Name);
                    json.WriteString("url", author.Url);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("tags");
                foreach (var category in Categories(item))
                {
                    json.WriteStringValue(category);
                }
                json.WriteEndArray();
                json.WriteEndObject();
                // Item by item into the stream: the writer otherwise holds the whole feed in a buffer grown by doubling.
                json.Flush();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        into.Write("\n"u8);
    }

    // Feed readers show an entry away from the site, its labels and its cards: the title is the one thing every reader shows.
    private static string TitleOf(FeedItem item) => item.Article.Sponsored ? "Sponsored: " + item.Article.Title : item.Article.Title;

    private static List<string> Categories(FeedItem item)
    {
        var (diseases, tags) = (item.Article.Diseases, item.Article.Tags);
        var categories = new List<string>(diseases.Count + tags.Count + 1);
        if (item.Article.Sponsored)
        {
            categories.Add("Sponsored");
        }
        foreach (var disease in diseases)
        {
            categories.Add(disease.Name);
        }
        foreach (var tag in tags)
        {
            categories.Add(tag.Name);
        }
        return categories;
    }

    /// <summary>
    /// An article's HTML as the text of an element, in a CDATA section as most feeds carry it: the reader gets the same
    /// text, and the writer copies the body instead of escaping every tag of it (a tenth of a build's feed time at
    /// 1,000 articles). The body is UTF-8 already, so it goes into the feed's bytes as it is, beside the writer, as
    /// XmlWriter would write it: split where the text itself holds <c>]]&gt;</c>. A body with a character XmlWriter
    /// would check or change (control characters, carriage returns, U+FFFE and U+FFFF) is given to XmlWriter instead.
    /// </summary>
    private static readonly SearchValues<byte> CheckedByXmlWriter =
        SearchValues.Create([.. Enumerable.Range(0, 0x20).Where(b => b is not '\t' and not '\n').Select(b => (byte)b)]);

    private static void Html(XmlWriter xml, Stream stream, FeedItem item)
    {
        var html = item.ContentUtf8();
        if (html.IndexOfAny(CheckedByXmlWriter) >= 0 || html.IndexOf("\uFFFE"u8) >= 0 || html.IndexOf("\uFFFF"u8) >= 0)
        {
            xml.WriteCData(Encoding.UTF8.GetString(html));
            return;
        }
        xml.WriteString(""); // ends the start tag
        xml.Flush();
        stream.Write("<![CDATA["u8);
        while (html.IndexOf("]]>"u8) is var end and >= 0)
        {
            stream.Write(html[..(end + 2)]);
            stream.Write("]]><![CDATA["u8);
            html = html[(end + 2)..];
        }
        stream.Write(html);
        stream.Write("]]>"u8);
    }

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>RFC 822 dates, as RSS wants them: "Wed, 14 Oct 2026 00:00:00 +0000".</summary>
    public static string Rfc822(DateTimeOffset date)
    {
        // By hand rather than with a custom date format, which allocated ten times the date's own text.
        var offset = (int)Math.Abs(date.Offset.TotalMinutes);
        return string.Create(CultureInfo.InvariantCulture,
            $"{DayNames[(int)date.DayOfWeek]}, {date.Day:00} {MonthNames[date.Month - 1]} {date.Year:0000} {date.Hour:00}:{date.Minute:00}:{date.Second:00} {(date.Offset < TimeSpan.Zero ? '-' : '+')}{offset / 60:00}{offset % 60:00}");
    }

    private static void Xml(Stream into, Action<XmlWriter> write)
    {
        using (var writer = XmlWriter.Create(into, XmlSettings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        into.WriteByte((byte)'\n');
    }
}
