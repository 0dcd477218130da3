using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Persistence;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Feedback.ListFeedback;

/// <summary>A PAKN as staff and its petitioner see it; the petitioner's contact details only to them.</summary>
public sealed record FeedbackView(
    string Code,
    FeedbackState State,
    string StateLabel,
    Guid UnitId,
    string UnitName,
    string? ProcedureCode,
    FeedbackChannel Channel,
    FeedbackClassification Classification,
    string Subject,
    string Content,
    string? PetitionerName,
    string? PetitionerPhone,
    string? PetitionerAddress,
    string? PetitionerEmail,
    string? PetitionerIdentityNumber,
    DateTime SubmittedAt,
    DateOnly CountFrom,
    DateOnly RefuseDueOn,
    DateOnly SupplementRequestDueOn,
    DateOnly ResultDueOn,
    DateTime? HandledAt,
    bool HandledLate,
    string? SupplementRequest,
    string? Result,
    string? Reason,
    DateOnly? PublishDueOn,
    DateTime? PublishedAt,
    bool PublishedLate,
    int Transfers,
    string? ReRaises,
    bool ReRaised,
    int Likes,
    int Dislikes,
    int Version,
    IReadOnlyList<FeedbackTrigger> Actions)
{
    internal static FeedbackView Of(FeedbackCase f, string? reRaisesCode, bool showPetitioner) => new(
        f.Code, f.State, f.State.Label(), f.UnitId, f.UnitName, f.ProcedureCode, f.Channel, f.Classification, f.Subject, f.Content,
        showPetitioner ? f.PetitionerName : null, showPetitioner ? f.PetitionerPhone : null, showPetitioner ? f.PetitionerAddress : null,
        showPetitioner ? f.PetitionerEmail : null, showPetitioner ? f.PetitionerIdentityNumber : null,
        Utc(f.SubmittedAtUtc), f.CountFrom, f.RefuseDueOn, f.SupplementRequestDueOn, f.ResultDueOn,
        f.HandledAtUtc is { } handled ? Utc(handled) : null, f.HandledLate, f.SupplementRequest, f.Result, f.Reason, f.PublishDueOn,
        f.PublishedAtUtc is { } published ? Utc(published) : null, f.PublishedLate, f.Transfers, reRaisesCode, f.ReRaised, f.Likes, f.Dislikes,
        f.Version, FeedbackLifecycle.Allowed(f.State));

    internal static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

/// <summary>A row of the register or of "my PAKN".</summary>
public sealed record FeedbackRow(
    string Code, FeedbackState State, string StateLabel, string UnitName, FeedbackChannel Channel, FeedbackClassification Classification,
    string Subject, DateTime SubmittedAt, DateOnly ResultDueOn, DateTime? HandledAt, bool HandledLate, bool Overdue, DateTime? PublishedAt);

/// <summary>A published answer as the public sees it: no personal data of the petitioner.</summary>
public sealed record PublishedAnswer(
    string Code, string UnitName, FeedbackClassification Classification, string Subject, string Content, string Result, DateTime PublishedAt, int Likes, int Dislikes);

/// <summary>
/// The register's filters (sổ theo dõi PAKN): state, classification, overdue, a submission period, or a figure of the
/// PAKN table: <see cref="Measure"/> with <see cref="Unit"/> (its subtree, or the unit alone with <see cref="OwnOnly"/>) and
/// the period lists exactly the PAKN the figure counted.
/// </summary>
public sealed record RegisterQuery(
    FeedbackState? State = null,
    FeedbackClassification? Classification = null,
    bool? Overdue = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Measure = null,
    Guid? Unit = null,
    string? After = null,
    int? Limit = null,
    bool OwnOnly = false);

internal sealed class ListFeedbackHandler(DbContext db, IOrganisationDirectory organisation, BusinessClock clock)
{
    public async Task<Result<Page<FeedbackRow>>> RegisterAsync(ClaimsPrincipal user, RegisterQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new ValidationErrors();
        DateTime? afterAt = null;
        var afterCode = string.Empty;
        if (!Keyset.TryDecode(query.After, out var key) || !Keyset.TryParseInstantKey(key, out afterAt, out afterCode))
        {
            errors.Add("after", "Con trỏ trang không hợp lệ.");
        }

        if (query.Limit is < 1 or > Keyset.MaxLimit)
        {
            errors.Add("limit", $"Số dòng mỗi trang phải từ 1 đến {Keyset.MaxLimit}.");
        }

        if (query.From is { } from && query.To is { } to && to < from)
        {
            errors.Add("to", "Ngày kết thúc phải sau ngày bắt đầu.");
        }

        if (query.Measure is { Length: > 0 } measure)
        {
            if (!FeedbackMeasures.IsKnown(measure))
            {
                errors.Add("measure", $"Không có chỉ tiêu \"{measure}\".");
            }

            if (query.From is null || query.To is null)
            {
                errors.Add(query.From is null ? "from" : "to", "Chỉ tiêu cần kỳ báo cáo: nhập cả ngày bắt đầu và ngày kết thúc.");
            }
        }

        if (query.State is { } state && !Enum.IsDefined(state))
        {
            errors.Add("state", "Trạng thái không hợp lệ.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        IQueryable<FeedbackCase> items;
        if (query.Unit is { } unitId)
        {
            var unit = await organisation.FindAsync(unitId, cancellationToken);
            if (unit is null)
            {
                return Error.NotFound("unit-not-found", "Không tìm thấy đơn vị.");
            }

            if (!user.Covers(unit.Path))
            {
                return Error.Forbidden($"Ông/bà không được xem phản ánh, kiến nghị của {unit.Name}.");
            }

            items = query.OwnOnly
                ? db.Set<FeedbackCase>().Where(f => f.UnitPath == unit.Path)
                : db.Set<FeedbackCase>().WhereUnder(f => f.UnitPath, unit.Path);
        }
        else
        {
            items = InScope(user);
        }

        var today = clock.Today;
        if (query.Measure is { Length: > 0 } key2)
        {
            items = items.Where(FeedbackMeasures.Predicate(key2, FeedbackWindow.Of(query.From!.Value, query.To!.Value, clock.UtcNow)));
        }
        else
        {
            if (query.From is { } start)
            {
                items = items.Where(f => f.SubmittedOn >= start);
            }

            if (query.To is { } end)
            {
                items = items.Where(f => f.SubmittedOn <= end);
            }
        }

        if (query.State is { } wanted)
        {
            items = items.Where(f => f.State == wanted);
        }

        if (query.Classification is { } classification)
        {
            items = items.Where(f => f.Classification == classification);
        }

        if (query.Overdue is { } overdue)
        {
            items = overdue
                ? items.Where(f => f.HandledOn == null && f.ResultDueOn < today)
                : items.Where(f => !(f.HandledOn == null && f.ResultDueOn < today));
        }

        if (afterAt is { } at)
        {
            items = items.Where(f => f.SubmittedAtUtc < at || (f.SubmittedAtUtc == at && f.Code.CompareTo(afterCode) < 0));
        }

        var take = Keyset.ClampLimit(query.Limit);
        var rows = await items.AsNoTracking()
            .OrderByDescending(f => f.SubmittedAtUtc).ThenByDescending(f => f.Code)
            .Take(take + 1)
            .ToListAsync(cancellationToken);
        return Keyset.ToPage([.. rows.Select(f => Row(f, today))], take, r => Keyset.InstantKey(r.SubmittedAt, r.Code));
    }

    /// <summary>One PAKN for staff who cover its unit; out of scope is answered as unknown.</summary>
    public async Task<Result<FeedbackView>> DetailAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken)
    {
        var item = await FindAsync(code, cancellationToken);
        return item is not null && user.Covers(item.UnitPath)
            ? await ViewAsync(item, showPetitioner: true, cancellationToken)
            : NotFound();
    }

    /// <summary>"Follow my PAKN": only the signed-in citizen's own.</summary>
    public async Task<Result<Page<FeedbackRow>>> MineAsync(string citizenId, string? after, CancellationToken cancellationToken)
    {
        if (!Keyset.TryDecode(after, out var key) || !Keyset.TryParseInstantKey(key, out var afterAt, out var afterCode))
        {
            return Error.Field("after", "Con trỏ trang không hợp lệ.");
        }

        var items = db.Set<FeedbackCase>().Where(f => f.CitizenId == citizenId);
        if (afterAt is { } at)
        {
            items = items.Where(f => f.SubmittedAtUtc < at || (f.SubmittedAtUtc == at && f.Code.CompareTo(afterCode) < 0));
        }

        var today = clock.Today;
        var rows = await items.AsNoTracking().OrderByDescending(f => f.SubmittedAtUtc).ThenByDescending(f => f.Code)
            .Take(Keyset.DefaultLimit + 1).ToListAsync(cancellationToken);
        return Keyset.ToPage([.. rows.Select(f => Row(f, today))], Keyset.DefaultLimit, r => Keyset.InstantKey(r.SubmittedAt, r.Code));
    }

    public async Task<Result<FeedbackView>> MineDetailAsync(string citizenId, string code, CancellationToken cancellationToken)
    {
        var item = await FindAsync(code, cancellationToken);
        return item is not null && item.BelongsTo(citizenId) ? await ViewAsync(item, showPetitioner: true, cancellationToken) : NotFound();
    }

    /// <summary>Published answers, newest first (NĐ 20/2008 Đ14.5: results are made public).</summary>
    public async Task<Result<Page<PublishedAnswer>>> PublishedAsync(string? after, CancellationToken cancellationToken)
    {
        if (!Keyset.TryDecode(after, out var key) || !Keyset.TryParseInstantKey(key, out var afterAt, out var afterCode))
        {
            return Error.Field("after", "Con trỏ trang không hợp lệ.");
        }

        var items = db.Set<FeedbackCase>().Where(f => f.State == FeedbackState.Published);
        if (afterAt is { } at)
        {
            items = items.Where(f => f.PublishedAtUtc < at || (f.PublishedAtUtc == at && f.Code.CompareTo(afterCode) < 0));
        }

        var rows = await items.AsNoTracking().OrderByDescending(f => f.PublishedAtUtc).ThenByDescending(f => f.Code)
            .Take(Keyset.DefaultLimit + 1)
            .Select(f => new PublishedAnswer(f.Code, f.UnitName, f.Classification, f.Subject, f.Content, f.Result!, f.PublishedAtUtc!.Value, f.Likes, f.Dislikes))
            .ToListAsync(cancellationToken);
        return Keyset.ToPage(
            [.. rows.Select(r => r with { PublishedAt = FeedbackView.Utc(r.PublishedAt) })],
            Keyset.DefaultLimit,
            r => Keyset.InstantKey(r.PublishedAt, r.Code));
    }

    /// <summary>The PAKN of units the user covers (StaffScope), filtered in SQL by the unit's materialised path.</summary>
    public IQueryable<FeedbackCase> InScope(ClaimsPrincipal user)
    {
        var own = user.UnitPath();
        if (own is null)
        {
            return db.Set<FeedbackCase>().Where(_ => false);
        }

        return user.IsInRole(StaffRoles.SystemAdmin) ? db.Set<FeedbackCase>()
            : user.FindFirstValue(StaffScope.SubtreeClaim) == "true" ? db.Set<FeedbackCase>().WhereUnder(f => f.UnitPath, own)
            : db.Set<FeedbackCase>().Where(f => f.UnitPath == own);
    }

    private Task<FeedbackCase?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Set<FeedbackCase>().AsNoTracking().WithCode(code).SingleOrDefaultAsync(cancellationToken);

    private async Task<Result<FeedbackView>> ViewAsync(FeedbackCase item, bool showPetitioner, CancellationToken cancellationToken) =>
        FeedbackView.Of(item, await db.EarlierCodeAsync(item, cancellationToken), showPetitioner);

    private static FeedbackRow Row(FeedbackCase f, DateOnly today) => new(
        f.Code, f.State, f.State.Label(), f.UnitName, f.Channel, f.Classification, f.Subject, FeedbackView.Utc(f.SubmittedAtUtc), f.ResultDueOn,
        f.HandledAtUtc is { } handled ? FeedbackView.Utc(handled) : null, f.HandledLate, f.HandledOn is null && f.ResultDueOn < today,
        f.PublishedAtUtc is { } published ? FeedbackView.Utc(published) : null);

    private static Error NotFound() => Error.NotFound("feedback-not-found", "Không tìm thấy phản ánh, kiến nghị với mã này.");
}
