namespace RareNewsSite.Benchmarks.Hugo;

/// <summary>
/// The Hugo templates: about as much as our placeholder theme shows (title, date, body, table of contents,
/// tags, paginated lists), so the comparison is between engines, not between themes.
/// </summary>
internal static class HugoLayouts
{
    public static readonly (string Name, string Text)[] All =
    [
        ("baseof.html", """
            <!doctype html>
            <html lang="{{ .Site.LanguageCode }}"><head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title></head>
            <body>{{ block "main" . }}{{ end }}</body></html>
            """),
        ("single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2 January 2006" }}</time>
            <nav>{{ .TableOfContents }}</nav>{{ .Content }}
            <ul>{{ range .Params.tags }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>
            <p>{{ .WordCount }} words</p></article>{{ end }}
            """),
        ("list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            {{ if or .IsHome .IsSection }}{{ $pager := .Paginate (where .Site.RegularPages "Section" "articles") }}
            <ul>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }} {{ .Summary }}</li>{{ end }}</ul>
            {{ template "_internal/pagination.html" . }}
            {{ else }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }}</li>{{ end }}</ul>{{ end }}
            {{ end }}
            """),
    ];
}
