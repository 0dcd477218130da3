using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Screens;

/// <summary>/thu-tuc/{code}: one procedure, sections a) to l) of a publication decision.</summary>
internal sealed class ProcedureDetailScreen(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Section(string heading) =>
        page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }) });

    public ILocator Components => Section("c) Thành phần, số lượng hồ sơ").Locator("tbody tr");

    public ILocator Fees => Section("h) Phí, lệ phí");
}
