using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The staff page of a dossier (/mot-cua/ho-so/{code}) and its action forms.</summary>
public sealed class DossierScreen(IPage page)
{
    public async Task OpenAsync(string code) => await page.GotoAsync($"/mot-cua/ho-so/{code}");

    public ILocator Actions => page.Locator("section[aria-labelledby=thao-tac]");

    public ILocator Action(string name) => Actions.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public async Task ActAsync(string name)
    {
        await Action(name).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator Badge => page.Locator("h1 + p + p .badge").First;

    public ILocator Steps => page.Locator("section[aria-labelledby=cac-buoc] tbody tr");

    public async Task<string> TextAsync() => await page.Locator("main").InnerTextAsync();
}
