using MotCua.EndToEndTests.Infrastructure;

namespace MotCua.EndToEndTests.Journeys;

/// <summary>axe-core (WCAG 2.1 A and AA rules) on the public pages, at desk and phone sizes.</summary>
public sealed class PagesAreAccessible(Browser browser)
{
    public static TheoryData<string, bool> PublicPages => new()
    {
        { "/", false },
        { "/", true },
        { "/dang-nhap", false },
        { "/dang-nhap", true },
        { "/tra-cuu-ho-so", false },
        { "/tra-cuu-ho-so", true },
        { "/tra-cuu-ho-so?ma=000.00.35.H40-260302-9999&xac-thuc=1234", true },
        { "/lich-lam-viec/2026", false },
        { "/lich-lam-viec/2026", true },
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_pages_have_no_wcag_aa_violations(string path, bool phone)
    {
        var page = await browser.NewPageAsync(phone);
        await page.GotoAsync(path);

        await page.ShouldBeAccessibleAsync();
    }
}
