namespace RareNewsSite.Cli.Starter;

/// <summary>
/// The example content of a new site: one article, its author, its disease and an about page, all valid, so the new
/// site builds with no error or warning. The article's facts are the study this product started from.
/// </summary>
internal static class StarterContent
{
    public const string Article = """
        ---
        title: "Blinatumomab helps babies with a rare leukemia"
        date: 2026-10-14
        author: editor
        summary: "A small study found that adding the drug blinatumomab to chemotherapy helped more babies with a rare kind of leukemia stay alive."
        diseases: [acute-lymphoblastic-leukemia]
        drugs: [blinatumomab]
        tags: [immunotherapy, children]
        study:
          design: single-group-trial
          participants: 30
          comparison: historical-controls
          comparison_group: "214 babies treated in earlier years with chemotherapy alone"
        sources:
          - title: "The New England Journal of Medicine: Blinatumomab added to chemotherapy in infant lymphoblastic leukemia"
            url: https://doi.org/10.1056/NEJMoa2214171
        ---

        This is an example article. Change it, or delete it once you have written your own.

        Some babies get a blood cancer called acute lymphoblastic leukemia, or ALL. In some of them, a gene called KMT2A has
        changed. Their cancer is hard to treat, and it often comes back.

        ## What the study found

        Doctors gave 30 babies the drug blinatumomab along with chemotherapy. They compared them with 214 babies who had
        chemotherapy alone in the past. Two years later, more of the babies who got the drug were alive.

        ::: results "Two years after diagnosis"
        | Outcome | Blinatumomab and chemotherapy (30 babies) | Chemotherapy alone (214 babies) |
        |---|---|---|
        | Alive | 93% | 66% |
        | Cancer came back, or died | 18% | 51% |
        :::

        The study was small. Larger studies are needed to be sure.

        ::: note
        This article is news, not medical advice. Talk to your care team about any treatment.
        :::

        """;

    public const string Author = """
        ---
        name: "The Editors"
        role: "Editorial team"
        ---

        The editors write and check the news on this site. Change this file to tell readers who you are.

        """;

    public const string Disease = """
        ---
        name: "Acute lymphoblastic leukemia"
        also_known_as: [Acute lymphocytic leukemia]
        abbreviation: ALL
        symptoms:
          - Tiredness and weakness
          - Pale skin
          - Fever
          - Bone pain
          - Bruising or bleeding easily
          - Infections that keep coming back
        ---

        Acute lymphoblastic leukemia is a cancer of the blood and the bone marrow. Bone marrow is the soft part inside
        bones where blood cells are made.

        In this illness, the body makes too many young white blood cells. They crowd out the healthy cells. That is why
        people may feel tired, look pale, bruise easily or get many infections.

        It is the most common cancer in children, and most children can be treated well.

        """;

    public const string About = """
        ---
        title: "About"
        description: "Who writes this site, and how."
        ---

        We share news about rare diseases in plain words, for patients, families and anyone who cares for them.

        ## How we write

        We use short sentences and explain medical words. We link to where each story came from, so you can read the
        source.

        Our news is not medical advice.

        """;

    public const string EditorialPolicy = """
        ---
        title: "Editorial policy"
        description: "How we choose, write, check and correct articles, and how we handle funding and conflicts of interest."
        ---

        Every article links to this page. Say here how your site works; readers and health information standards look
        for it.

        ## How we write and check

        We write in plain words and list our sources at the end of each article. A health professional checks articles
        about treatments; their name and the date are on the page.

        ## Corrections

        We correct mistakes openly: the article shows the correction and its date.

        ## Funding and conflicts of interest

        Say who pays for the site. A sponsored article is marked "Sponsored", and an article says under "Disclosures"
        who paid for it and any conflict of interest of the people who wrote or checked it.

        """;
}
