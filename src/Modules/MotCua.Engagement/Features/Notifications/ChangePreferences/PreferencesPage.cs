using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Http;

namespace MotCua.Engagement.Features.Notifications.ChangePreferences;

public sealed class PreferencesForm
{
    public bool SmsEnabled { get; set; } = true;

    public bool EmailEnabled { get; set; } = true;

    public string? Email { get; set; }

    public string Language { get; set; } = "vi";
}

/// <summary>Cài đặt nhận thông báo of the signed-in citizen (NotificationPreferences handler, as the API).</summary>
[Authorize(Policy = CitizenIdentity.Policy)]
public sealed class PreferencesPage(IStringLocalizer<NotificationText> text) : PageModel
{
    [BindProperty]
    public PreferencesForm Form { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public static IReadOnlyList<string> Languages => NotificationPreferencesHandler.Languages;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await Handler.GetAsync(User.CitizenId()!, cancellationToken);
        Form = new PreferencesForm { SmsEnabled = current.SmsEnabled, EmailEnabled = current.EmailEnabled, Email = current.Email, Language = current.Language };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await Handler.ChangeAsync(User.CitizenId()!, new ChangePreferencesRequest(Form.SmsEnabled, Form.EmailEnabled, Form.Email, Form.Language), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Error!, string.Empty, field => "Form." + char.ToUpperInvariant(field[0]) + field[1..]);
            return Page();
        }

        Notice = text["Preferences.Saved"];
        return RedirectToPage();
    }

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private NotificationPreferencesHandler Handler => HttpContext.RequestServices.GetRequiredService<NotificationPreferencesHandler>();
}
