using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Shouldly;

namespace MotCua.EndToEndTests.Infrastructure;

/// <summary>axe-core over the page as it stands, limited to WCAG 2.1 A and AA (the brief's bar).</summary>
internal static class Accessibility
{
    public static async Task ShouldBeAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        result.Passes.ShouldNotBeEmpty("axe did not run");
        result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))})").ShouldBeEmpty();
    }
}
