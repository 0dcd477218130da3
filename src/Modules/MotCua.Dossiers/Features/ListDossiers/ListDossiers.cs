using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;
using MotCua.Kernel.Text;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.ListDossiers;

/// <summary>How pressing a dossier is: overdue, due within a day, on track, not yet counting, or ended.</summary>
public enum Urgency
{
    Overdue = 1,
    DueSoon = 2,
    OnTrack = 3,
    NotStarted = 4,
    Ended = 5,
}

public sealed record DossierListItem(
    string Code,
    string ProcedureName,
    string ApplicantName,
    DossierState State,
    string StateName,
    int StatusCode,
    string StatusName,
    DateTime SubmittedAt,
    DateTime? AppointmentAt,
    DateTime? LegalDueAt,
    string? CurrentAssignee,
    Urgency Urgency);

/// <summary>
/// Inbox filters. <c>scope</c>: <c>unit</c> (default: everything in the user's scope) or <c>mine</c> (assigned to me);
/// <c>status</c>: a national status code 1–10; <c>q</c>: a dossier code, an identification number, a phone number or
/// part of the applicant's name (accents optional); <c>all</c>: include ended dossiers.
/// </summary>
public sealed record DossierInboxQuery(string? Scope, int? Status, string? Q, bool? All, string? After, int? Limit);

/// <summary>The inbox, keyset-paged by time left (the appointment, else the submission instant), then by code.</summary>
internal sealed class ListDossiersHandler(DbContext db, BusinessClock clock)
{
    private static readonly NationalStatus[] Ended =
        [NationalStatus.NotReceived, NationalStatus.Withdrawn, NationalStatus.Stopped, NationalStatus.ResultReturned];

    public async Task<Result<Page<DossierListItem>>> HandleAsync(ClaimsPrincipal user, DossierInboxQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new ValidationErrors();
        (DateTime Due, string Code)? after = null;
        if (!Keyset.TryDecode(query.After, out var key) || key is not null && (after = ParseKey(key)) is null)
        {
            errors.Add("after", "Con trỏ phân trang không hợp lệ.");
        }

        if (query.Limit is < 1 or > Keyset.MaxLimit)
        {
            errors.Add("limit", $"Số bản ghi mỗi trang phải từ 1 đến {Keyset.MaxLimit}.");
        }

        if (query.Status is { } status && !Enum.IsDefined((NationalStatus)status))
        {
            errors.Add("status", "Trạng thái phải là mã từ 1 đến 10.");
        }

        if (query.Scope is not (null or "unit" or "mine"))
        {
            errors.Add("scope", "Phạm vi là \"unit\" (đơn vị) hoặc \"mine\" (được giao cho tôi).");
        }

        if (query.Q is { Length: > 256 })
        {
            errors.Add("q", "Từ khóa tìm kiếm quá dài.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var me = DossierAccess.ActorOf(user);
        var dossiers = DossierAccess.Visible(db.Set<Dossier>().AsNoTracking(), user);
        if (query.Scope == "mine")
        {
            dossiers = dossiers.Where(d => d.CurrentAssignee == me);
        }

        if (query.Status is { } wanted)
        {
            var national = (NationalStatus)wanted;
            dossiers = dossiers.Where(d => d.Status == national);
        }
        else if (query.All != true)
        {
            dossiers = dossiers.Where(d => !Ended.Contains(d.Status));
        }

        dossiers = Search(dossiers, query.Q);
        if (after is { } a)
        {
            dossiers = dossiers.Where(d => d.InboxDueAtUtc > a.Due || d.InboxDueAtUtc == a.Due && d.Code.CompareTo(a.Code) > 0);
        }

        var take = Keyset.ClampLimit(query.Limit);
        var rows = await dossiers
            .OrderBy(d => d.InboxDueAtUtc).ThenBy(d => d.Code)
            .Take(take + 1)
            .Select(d => new
            {
                d.Code,
                d.ProcedureName,
                ApplicantName = d.Applicant.Name,
                d.State,
                d.Status,
                d.SubmittedAtUtc,
                d.InboxDueAtUtc,
                d.LegalDueAtUtc,
                AppointmentAtUtc = d.Apology != null ? (DateTime?)d.Apology.NewAppointmentAtUtc : d.LegalDueAtUtc,
                d.CurrentAssignee,
                d.ProcessingEndedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var now = clock.UtcNow;
        var page = Keyset.ToPage(rows, take, r => string.Create(CultureInfo.InvariantCulture, $"{Utc(r.InboxDueAtUtc).Ticks}|{r.Code}"));
        var items = page.Items.Select(r => new DossierListItem(
            r.Code, r.ProcedureName, r.ApplicantName, r.State, r.State.Label(), (int)r.Status, r.Status.Label(), Utc(r.SubmittedAtUtc),
            r.AppointmentAtUtc is { } ap ? Utc(ap) : null, r.LegalDueAtUtc is { } due ? Utc(due) : null, r.CurrentAssignee,
            UrgencyOf(r.State, r.ProcessingEndedAtUtc, r.AppointmentAtUtc, now))).ToList();
        return new Page<DossierListItem>(items, page.Next);
    }

    private static IQueryable<Dossier> Search(IQueryable<Dossier> dossiers, string? q)
    {
        var text = q?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return dossiers;
        }

        var code = text.ToUpperInvariant();
        if (DossierCode.IsWellFormed(code))
        {
            return dossiers.Where(d => d.Code == code);
        }

        if (text.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '+' or '-'))
        {
            return dossiers.Where(d => d.Applicant.Identifier == text || d.Applicant.Phone == text || d.Code.Contains(text));
        }

        var folded = VietnameseText.Fold(text);
        return dossiers.Where(d => d.ApplicantSearch.Contains(folded));
    }

    private static Urgency UrgencyOf(DossierState state, DateTime? ended, DateTime? appointment, DateTime now) =>
        state.IsTerminal() || ended is not null ? Urgency.Ended
        : appointment is not { } due ? Urgency.NotStarted
        : Utc(due) < now ? Urgency.Overdue
        : Utc(due) - now < TimeSpan.FromDays(1) ? Urgency.DueSoon
        : Urgency.OnTrack;

    private static (DateTime, string)? ParseKey(string key)
    {
        var parts = key.Split('|', 2);
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks && DossierCode.IsWellFormed(parts[1])
            ? (new DateTime(ticks, DateTimeKind.Utc), parts[1])
            : null;
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

internal static class ListDossiersEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapGet("", async ([AsParameters] DossierInboxQuery query, ClaimsPrincipal user, ListDossiersHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, query, cancellationToken)).ToHttp(TypedResults.Ok))
            .WithName("ListDossiers")
            .WithSummary("Hộp hồ sơ: theo thời gian còn lại, lọc theo phạm vi, trạng thái, mã hồ sơ, tên (không dấu), số định danh, điện thoại")
            .Produces<Page<DossierListItem>>()
            .ProducesValidationProblem();
}
