using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Trust;

/// <summary>Issue #17, feedback: "Report a problem with this page" on article and disease pages, by mail or a form.</summary>
public sealed class FeedbackTests
{
    private static BuiltSite Build(string feedbackUrl) => TestSite.FromText($$"""
        -- statiq.json --
        { "Host": "example.org", "FeedbackUrl": "{{feedbackUrl}}" }
        {{TrustSites.Records}}
        -- input/articles/a.md --
        ---
        title: "Tom & Jerry's <study>"
        date: 2026-10-14
        author: ann
        summary: S
        ---
        Body.
        """).WithRepoTheme().Build();

    [Fact]
    public void Should_Mail_The_Configured_Address_With_The_Page_Filled_In()
    {
        var built = Build("mailto:editor@example.org").ShouldSucceed();

        built.File("articles/a/index.html").ShouldContain(
            """<p class="feedback"><a href="mailto:editor@example.org?subject=Problem%20with%20a%20page%3A%20Tom%20%26%20Jerry%27s%20%3Cstudy%3E&amp;body=Page%3A%20https%3A%2F%2Fexample.org%2Farticles%2Fa%2F">Report a problem with this page</a></p>""");
        built.File("diseases/all/index.html").ShouldContain("""<a href="mailto:editor@example.org?subject=Problem%20with%20a%20page%3A%20Acute%20lymphoblastic%20leukemia&amp;body=Page%3A%20https%3A%2F%2Fexample.org%2Fdiseases%2Fall%2F">Report a problem with this page</a>""");
    }

    [Fact]
    public void Should_Send_A_Form_The_Page_Address_Or_Open_A_Blank_Mail_Without_A_Setting()
    {
        Build("https://forms.example.org/report?site=news").ShouldSucceed().File("articles/a/index.html")
            .ShouldContain("""<a href="https://forms.example.org/report?site=news&amp;page=https%3A%2F%2Fexample.org%2Farticles%2Fa%2F">Report a problem with this page</a>""");
        Build("").ShouldSucceed().File("articles/a/index.html").ShouldContain("""<a href="mailto:?subject=Problem%20with%20a%20page""");
    }

    [Fact]
    public void Should_Refuse_A_Feedback_Url_That_Is_Neither_Mail_Nor_Web() =>
        Build("javascript:alert(1)").Diagnostics.ShouldContain("statiq.json:1:1: error RN0402: 'FeedbackUrl' must be a mailto: address or an https:// address, not \"javascript:alert(1)\"");
}
