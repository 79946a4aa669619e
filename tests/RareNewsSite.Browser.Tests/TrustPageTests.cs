using Microsoft.Playwright;
using RareNewsSite.Browser.Tests.Infrastructure;

namespace RareNewsSite.Browser.Tests;

/// <summary>Issue #17: what makes the seed article trustworthy is visible to a reader, and the pages stay axe clean.</summary>
[Collection(BrowserSite.Name)]
public sealed class TrustPageTests(SiteFixture site)
{
    private const string Article = "/articles/blinatumomab-infant-all/";

    [BrowserFact]
    public async Task Should_Show_When_The_Article_And_The_Disease_Were_Reviewed_And_Are_Due_Again()
    {
        await using var session = await site.OpenAsync(Article);
        (await session.Page.Locator(".review-date").InnerTextAsync())
            .ShouldBe("Page last reviewed: 20 October 2026\nNext review due: 20 October 2027");

        await using var disease = await site.OpenAsync("/diseases/acute-lymphoblastic-leukemia/");
        (await disease.Page.Locator(".review-date").InnerTextAsync())
            .ShouldBe("Page last reviewed: 1 September 2026\nNext review due: 1 September 2029");
        await disease.Page.ShouldHaveNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Should_Show_The_Correction_At_The_Top_And_End_And_In_The_Sites_Log()
    {
        await using var session = await site.OpenAsync(Article);
        var page = session.Page;
        var notice = page.GetByRole(AriaRole.Note, new() { Name = "Correction" });
        (await notice.InnerTextAsync()).ShouldStartWith("Correction, 16 October 2026: An earlier version said the babies were treated over two years.");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Corrections", Exact = true }).IsVisibleAsync()).ShouldBeTrue();

        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Corrections" }).ClickAsync();

        page.Url.ShouldEndWith("/corrections/");
        (await page.Locator(".corrections-log li").First.InnerTextAsync()).ShouldContain("Immunotherapy drug blinatumomab helps babies with a hard-to-treat leukemia");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Should_Cite_The_Study_Vancouver_Style_With_Its_Doi()
    {
        await using var session = await site.OpenAsync(Article);
        var reference = session.Page.Locator("ol.references li").Nth(1);

        (await reference.InnerTextAsync()).ShouldBe(
            "van der Sluis IM, de Lorenzo P, Kotecha RS, et al. Blinatumomab added to chemotherapy in infant lymphoblastic leukemia. N Engl J Med. 2023;388(17):1572-81. doi: 10.1056/NEJMoa2214171.");
        (await reference.GetByRole(AriaRole.Link, new() { Name = "10.1056/NEJMoa2214171" }).GetAttributeAsync("href")).ShouldBe("https://doi.org/10.1056/NEJMoa2214171");
    }

    [BrowserFact]
    public async Task Should_Offer_To_Report_A_Problem_With_The_Page()
    {
        await using var session = await site.OpenAsync(Article);
        var href = await session.Page.GetByRole(AriaRole.Link, new() { Name = "Report a problem with this page" }).GetAttributeAsync("href");

        href.ShouldNotBeNull().ShouldStartWith("mailto:corrections@news.example.org?subject=Problem%20with%20a%20page");
        href.ShouldContain("articles%2Fblinatumomab-infant-all%2F");
    }

    [BrowserFact]
    public async Task Should_Lead_From_The_Review_Line_To_The_Reviewer_And_What_She_Reviewed()
    {
        await using var session = await site.OpenAsync(Article);
        var page = session.Page;
        (await page.Locator(".article-header .review").InnerTextAsync())
            .ShouldBe("Medically reviewed by Dr Amara Mensah, MD, MSc, Pediatric hematologist and oncologist on 20 October 2026.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dr Amara Mensah, MD, MSc" }).ClickAsync();

        page.Url.ShouldEndWith("/reviewers/amara-mensah/");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Dr Amara Mensah");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Acute lymphoblastic leukemia" }).CountAsync()).ShouldBe(1);
        (await page.Locator(".card-title a").AllInnerTextsAsync()).ShouldContain("Immunotherapy drug blinatumomab helps babies with a hard-to-treat leukemia");
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Should_Label_A_Sponsored_Article_Say_Who_Paid_And_Lead_To_The_Editorial_Policy()
    {
        await using var session = await site.OpenAsync("/diseases/huntingtons-disease/");
        var page = session.Page;
        var card = page.Locator(".card").Filter(new() { HasText = "caregivers of people with Huntington's disease" });
        (await card.Locator(".sponsored-label").InnerTextAsync()).ShouldBe("Sponsored");

        await card.Locator(".card-title a").ClickAsync();

        page.Url.ShouldEndWith("/articles/huntingtons-caregivers-support/");
        (await page.Locator(".sponsored-label").InnerTextAsync()).ShouldStartWith("Sponsored: a sponsor paid for this article.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Who paid, and our rules for sponsors" }).ClickAsync();
        (await page.Locator(".disclosures dd").AllInnerTextsAsync()).ShouldContain(t => t.StartsWith("Paid for by the Example Huntington's Family Trust", StringComparison.Ordinal));
        await page.ShouldHaveNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Our editorial policy" }).ClickAsync();

        page.Url.ShouldEndWith("/editorial-policy/");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Funding, sponsors and conflicts of interest" }).IsVisibleAsync()).ShouldBeTrue();
        await page.ShouldHaveNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Should_Say_What_Kind_Of_Study_It_Was_And_How_Sure_Anyone_Can_Be()
    {
        await using var session = await site.OpenAsync(Article);
        var box = session.Page.GetByRole(AriaRole.Region, new() { Name = "About this study" });

        var text = await box.InnerTextAsync();
        text.ShouldContain("A single-group trial.");
        text.ShouldContain("30. This is a small study.");
        text.ShouldContain("214 babies with the same kind of leukemia, treated in earlier years with chemotherapy alone.");
        text.ShouldContain("less certain than in a trial where both groups were treated at the same time");
        (await session.Page.Locator(".disclosures dd").AllInnerTextsAsync()).ShouldBe(
            ["Written by our newsroom. No company or charity paid for it.", "The author and the medical reviewer declare no conflicts of interest."]);
        await session.Page.ShouldHaveNoAxeViolationsAsync();
    }

    [BrowserFact]
    public async Task Should_Label_A_Sponsored_Article_In_Search_Results()
    {
        await using var session = await site.OpenAsync("/search/");
        await session.Page.Locator("#search-q").FillAsync("caregivers huntington");

        var hit = session.Page.Locator(".search-hit").Filter(new() { HasText = "caregivers of people with Huntington's disease" });
        await Assertions.Expect(hit.Locator(".sponsored-label")).ToHaveTextAsync("Sponsored");
        await Assertions.Expect(session.Page.Locator(".search-hit .sponsored-label")).ToHaveCountAsync(1);
        await session.Page.ShouldHaveNoAxeViolationsAsync();
    }
}
