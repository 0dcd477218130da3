using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Notifications.ChangePreferences;

public sealed record NotificationPreferences(bool SmsEnabled, bool EmailEnabled, string? Email, string Language);

public sealed record ChangePreferencesRequest(bool SmsEnabled, bool EmailEnabled, string? Email, string? Language);

/// <summary>A citizen's choice of channels, an e-mail address of their own, and the language of the messages.</summary>
internal sealed class NotificationPreferencesHandler(DbContext db, BusinessClock clock)
{
    public static readonly string[] Languages = ["vi", "en"];

    public async Task<NotificationPreferences> GetAsync(string citizenId, CancellationToken cancellationToken)
    {
        var preference = await db.Set<NotificationPreference>().AsNoTracking().SingleOrDefaultAsync(p => p.CitizenId == citizenId, cancellationToken)
            ?? new NotificationPreference(citizenId);
        return View(preference);
    }

    public async Task<Result<NotificationPreferences>> ChangeAsync(string citizenId, ChangePreferencesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var email = request.Email?.Trim();
        if (!string.IsNullOrEmpty(email)
            && (email.Length > NotificationPreference.MaxEmailLength || !MailboxAddress.TryParse(email, out var parsed) || parsed.Address != email || !email.Contains('@', StringComparison.Ordinal)))
        {
            errors.Add("email", "Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@example.vn).");
        }

        var language = string.IsNullOrWhiteSpace(request.Language) ? "vi" : request.Language.Trim();
        if (!Languages.Contains(language))
        {
            errors.Add("language", "Ngôn ngữ chỉ có thể là tiếng Việt (vi) hoặc tiếng Anh (en).");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var preferences = db.Set<NotificationPreference>();
        var preference = await preferences.SingleOrDefaultAsync(p => p.CitizenId == citizenId, cancellationToken);
        var before = preference is null ? null : Describe(View(preference));
        if (preference is null)
        {
            preference = new NotificationPreference(citizenId);
            preferences.Add(preference);
        }

        var now = clock.UtcNow;
        preference.Change(request.SmsEnabled, request.EmailEnabled, email, language, now);
        var view = View(preference);
        db.Add(AuditEntry.Record(now, "citizen:" + citizenId, "notification-preferences.change", nameof(NotificationPreference), citizenId, before, Describe(view)));
        await db.SaveChangesAsync(cancellationToken);
        return view;
    }

    private static NotificationPreferences View(NotificationPreference p) => new(p.SmsEnabled, p.EmailEnabled, p.Email, p.Language);

    private static string Describe(NotificationPreferences p) =>
        $"SMS {(p.SmsEnabled ? "bật" : "tắt")}, thư {(p.EmailEnabled ? "bật" : "tắt")}{(p.Email is null ? string.Empty : " → " + p.Email)}, {p.Language}";
}

internal static class NotificationPreferencesEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var citizen = app.MapGroup("/api/v1/citizen/notification-preferences").WithTags("Citizen").RequireAuthorization(CitizenIdentity.Policy);
        citizen.MapGet("/", async (HttpContext context, NotificationPreferencesHandler handler, CancellationToken cancellationToken) =>
                TypedResults.Ok(await handler.GetAsync(context.User.CitizenId()!, cancellationToken)))
            .WithName("GetNotificationPreferences")
            .WithSummary("Cách công dân muốn nhận thông báo (SMS, thư điện tử, ngôn ngữ)")
            .Produces<NotificationPreferences>();
        citizen.MapPut("/", async (ChangePreferencesRequest request, HttpContext context, NotificationPreferencesHandler handler, CancellationToken cancellationToken) =>
                (await handler.ChangeAsync(context.User.CitizenId()!, request, cancellationToken)).Match(view => TypedResults.Ok(view)))
            .WithName("ChangeNotificationPreferences")
            .WithSummary("Đổi cách nhận thông báo của công dân đang đăng nhập")
            .Produces<NotificationPreferences>()
            .ProducesValidationProblem();
    }
}
