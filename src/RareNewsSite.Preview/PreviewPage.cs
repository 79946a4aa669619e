using System.Globalization;
using System.Net;
using System.Text;

namespace RareNewsSite.Preview;

/// <summary>Adds the preview's parts to a served HTML page, just before <c>&lt;/body&gt;</c>: never to the built files.</summary>
public static class PreviewPage
{
    /// <summary>
    /// The page with the stylesheet, the error overlay (if the last build failed), the editor panel and the reload script;
    /// with <paramref name="panelLater"/>, an article page whose panel comes with the build still running, which the
    /// script reloads once it is done.
    /// </summary>
    public static byte[] Decorate(byte[] html, EditorInfo? editor, PreviewState state, bool reload, bool panelLater = false)
    {
        var parts = new StringBuilder();
        parts.Append("<link rel=\"stylesheet\" href=\"").Append(PreviewServer.Prefix).Append("preview.css\">");
        if (state.Failed)
        {
            parts.Append("<div id=\"rarenews-overlay\" role=\"alert\"><h2>The site did not build</h2><pre>");
            foreach (var diagnostic in state.Diagnostics)
            {
                parts.Append(WebUtility.HtmlEncode(diagnostic.ToString())).Append('\n');
            }
            parts.Append("</pre><p>This page shows the last good build. Fix the file and save: the page reloads by itself.</p></div>");
        }
        if (editor is not null)
        {
            AppendPanel(parts, editor);
        }
        if (reload)
        {
            parts.Append("<script src=\"").Append(PreviewServer.Prefix).Append("preview.js\" data-version=\"")
                .Append(state.Version.ToString(CultureInfo.InvariantCulture)).Append(panelLater ? "\" data-panel=\"later" : "").Append("\"></script>");
        }
        var text = Encoding.UTF8.GetString(html);
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? text + parts : text.Insert(end, parts.ToString()));
    }

    private static void AppendPanel(StringBuilder parts, EditorInfo editor)
    {
        var r = editor.Readability;
        var grade = r.Words > 0 ? r.Grade.ToString("0.0", CultureInfo.InvariantCulture) : "–";
        var ease = r.Words > 0 ? r.Ease.ToString("0", CultureInfo.InvariantCulture) : "–";
        parts.Append("<details id=\"rarenews-panel\"><summary>Editor: grade ").Append(grade)
            .Append(r.AboveTarget ? " (above 8)" : "")
            .Append(", ").Append(editor.Words.ToString(CultureInfo.InvariantCulture)).Append(" words</summary><dl>")
            .Append("<dt>Flesch–Kincaid grade</dt><dd data-metric=\"grade\">").Append(grade).Append(" (target: 8 or lower)</dd>")
            .Append("<dt>Flesch reading ease</dt><dd data-metric=\"ease\">").Append(ease).Append(" (higher is easier; 60 or more is plain English)</dd>")
            .Append("<dt>Words</dt><dd data-metric=\"words\">").Append(editor.Words.ToString(CultureInfo.InvariantCulture)).Append("</dd>")
            .Append("<dt>Reading time</dt><dd data-metric=\"minutes\">").Append(editor.ReadingMinutes.ToString(CultureInfo.InvariantCulture)).Append(" min</dd>")
            .Append("<dt>Prose measured</dt><dd>").Append(r.Sentences.ToString(CultureInfo.InvariantCulture)).Append(" sentences, ")
            .Append(r.Words.ToString(CultureInfo.InvariantCulture)).Append(" words (not headings, lists or tables)</dd></dl>");
        if (editor.Warnings.Count > 0)
        {
            parts.Append("<ul class=\"rarenews-warnings\">");
            foreach (var warning in editor.Warnings)
            {
                parts.Append("<li>").Append(WebUtility.HtmlEncode(warning)).Append("</li>");
            }
            parts.Append("</ul>");
        }
        parts.Append("<p>").Append(WebUtility.HtmlEncode(editor.Source)).Append("</p></details>");
    }
}
