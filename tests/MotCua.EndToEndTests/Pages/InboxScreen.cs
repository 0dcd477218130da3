using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The inbox (/xu-ly/ho-so).</summary>
public sealed class InboxScreen(IPage page)
{
    public async Task OpenAsync(string? search = null) =>
        await page.GotoAsync("/xu-ly/ho-so" + (search is null ? string.Empty : "?q=" + Uri.EscapeDataString(search)));

    public ILocator Row(string code) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = code });

    public async Task OpenDossierAsync(string code)
    {
        await Row(code).GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await page.WaitForURLAsync($"**/mot-cua/ho-so/{code}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }
}
