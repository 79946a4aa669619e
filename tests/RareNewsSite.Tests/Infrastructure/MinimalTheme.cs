using RareNewsSite.IO;

namespace RareNewsSite.Tests.Infrastructure;

/// <summary>The smallest theme that prints every page's main values, for inline test sites.</summary>
public static class MinimalTheme
{
    public static void AddTo(InMemoryFileSystem files)
    {
        files.Add("theme/layouts/base.sbn-html", "<!doctype html><title>{{ page.title }}</title><link rel=\"canonical\" href=\"{{ page.canonical }}\">\n{{ content }}\n");
        files.Add("theme/layouts/article.sbn-html", """
            <h1>{{ article.title }}</h1>
            <p class="summary">{{ article.summary }}</p>
            <p class="meta">{{ date.readable article.date }} by {{ for a in article.authors }}<a href="{{ a.url }}">{{ a.name }}</a>{{ end }}</p>
            {{ for d in article.diseases }}<aside>About {{ d.name }}: {{ d.intro }} <a href="{{ d.url }}">more</a></aside>{{ end }}
            {{ article.body }}
            {{ for s in article.sources }}<a href="{{ s.url }}">{{ s.title }}</a>{{ end }}
            {{ for a in article.authors }}<section class="bio">{{ a.bio }}</section>{{ end }}
            {{ for r in related }}<a class="related" href="{{ r.url }}">{{ r.title }}</a>{{ end }}
            """);
        const string list = "{{ for a in articles }}<li><a href=\"{{ a.url }}\">{{ a.title }}</a> {{ a.summary }}</li>{{ end }}";
        files.Add("theme/layouts/home.sbn-html", "<h1>{{ site.title }}</h1><ul>" + list + "</ul>{{ if pager.previous_url }}<a rel=\"prev\" href=\"{{ pager.previous_url }}\">prev</a>{{ end }}{{ if pager.next_url }}<a rel=\"next\" href=\"{{ pager.next_url }}\">next</a>{{ end }}");
        files.Add("theme/layouts/author.sbn-html", "<h1>{{ author.name }}</h1>{{ author.bio }}<ul>" + list + "</ul>");
        files.Add("theme/layouts/disease.sbn-html", "<h1>{{ disease.name }}</h1>{{ disease.explainer }}<ul>{{ for s in symptoms }}<li>{{ s }}</li>{{ end }}</ul><ul>" + list + "</ul>");
        files.Add("theme/layouts/tag.sbn-html", "<h1>{{ tag.name }}</h1><ul>" + list + "</ul>");
        files.Add("theme/layouts/page.sbn-html", "<h1>{{ page.title }}</h1>{{ body }}");
        files.Add("theme/layouts/index.sbn-html", "<h1>{{ page.title }}</h1>{{ for g in groups }}<h2>{{ g.letter }}</h2>{{ for i in g.items }}<a href=\"{{ i.url }}\">{{ i.title }}</a> ({{ i.count }}){{ end }}{{ end }}");
        files.Add("theme/layouts/404.sbn-html", "<h1>{{ page.title }}</h1>");
        files.Add("theme/layouts/corrections.sbn-html", "<h1>{{ page.title }}</h1><ul>{{ for c in corrections }}<li>{{ date.iso c.date }} <a href=\"{{ c.url }}\">{{ c.title }}</a> {{ c.text }}</li>{{ end }}</ul>");
        files.Add("theme/layouts/reviewer.sbn-html", "<h1>{{ reviewer.name }}</h1>{{ reviewer.bio }}<ul>" + list + "</ul>");
        files.Add("theme/layouts/search.sbn-html", "<h1>{{ page.title }}</h1><form data-index=\"{{ search.index_url }}\" data-version=\"{{ search.version }}\"><input name=\"q\"></form>");
        files.Add("theme/assets/site.css", "body { font-size: 19px; }\n");
    }
}
