namespace RareNewsSite.Cli.Starter;

/// <summary>The README a new site starts with: what its editors need to write, preview and publish.</summary>
internal static class EditorsReadme
{
    public static string Text(string title) => $$"""
        # {{title}}

        A rare-disease news site made with RareNewsSite (the `rarenews` tool).

        ## Write

        - Articles are Markdown files in `input/articles/`, with their details (title, date, author, summary,
          diseases, tags, sources) in the front matter between the `---` lines at the top.
        - Authors are in `input/authors/`, diseases in `input/diseases/`, other pages (such as About) in `input/pages/`.
          An article names its author and diseases by file name: `author: editor` is `input/authors/editor.md`.
        - Images go in `input/assets/`. Every image needs alt text that says what it shows.
        - Start a new article with `rarenews new article "Title" --author editor`. It is a draft until you remove
          `draft: true`.
        - Lists of symptoms and tables of study results have their own blocks: see the example article.

        ## Look at it while you write

        ```bash
        rarenews preview
        ```

        Open http://127.0.0.1:5080/. The page reloads each time you save. Drafts are shown there with a banner. Mistakes
        are shown on the page and in the terminal, with the file, line and column.

        ## Check and publish

        ```bash
        rarenews check    # every mistake, plus headings and readability; writes nothing
        rarenews build    # writes the site into output/
        ```

        Copy `output/` to any static web host. Set `Host` in `statiq.json` to your site's host name first.

        ## Editing in a browser

        Editors who do not use git can write in a browser instead: set `"GenerateCms": true` and `"CmsRepository":
        "owner/name"` (the site's GitHub repository) in `statiq.json`, and the site gets an editor at `/admin/` (Decap
        CMS) whose forms come from the same rules `rarenews check` applies. On this computer it saves straight into
        these files: run `rarenews preview`, and `BIND_HOST=127.0.0.1 npx decap-server@3.11.3` in this folder, then open
        http://127.0.0.1:5080/admin/. The RareNewsSite README ("Editing in a browser: Decap CMS") says how editors log in
        on the published site.

        ## In VS Code

        Open this folder in VS Code. `statiq.json` gets completion and errors as you type, from the schemas in
        `.vscode/schemas/`. Run the task **rarenews: check** (Terminal > Run Task) to see every mistake in the Problems
        panel, on its line. After updating `rarenews`, run `rarenews schema` here to refresh the schemas.

        ## Change how it looks

        The site uses the theme built into `rarenews`. To change one template, partial or style sheet, copy it out and
        edit the copy: `rarenews theme eject theme/layouts/article.sbn-html`. Your file is used instead of the built-in
        one; every other file still comes from the tool, so it keeps up with new versions. `rarenews theme eject`
        without a file copies them all.

        """;
}
