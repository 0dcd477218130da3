using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Engagement.Features.Feedback.ListFeedback;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Feedback.HandleFeedback;

/// <summary>
/// An officer's step on a PAKN. <see cref="Text"/> is the reason, supplement request, supplement note or result as the
/// step needs; <see cref="Version"/>, when given, must be the version the officer saw (optimistic concurrency).
/// </summary>
public sealed record FeedbackActionRequest(
    FeedbackClassification? Classification = null, string? Text = null, Guid? UnitId = null, int? Version = null);

/// <summary>
/// Every staff step of the workflow (NĐ 20/2008 Đ9, Đ14; DOMAIN B §6.3): receive and classify, refuse, request a
/// supplement, record it, transfer, record the result, return, publish. Staff act only on PAKN of units they cover;
/// each step is one transition of <see cref="FeedbackLifecycle"/>, audited with who, when and from which state.
/// </summary>
internal sealed class HandleFeedbackHandler(DbContext db, IOrganisationDirectory organisation, IWorkingCalendarSource calendars, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<FeedbackView>> ActAsync(
        ClaimsPrincipal user, string code, FeedbackTrigger trigger, FeedbackActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var item = await db.Set<FeedbackCase>().WithCode(code).SingleOrDefaultAsync(cancellationToken);
        if (item is null || !user.Covers(item.UnitPath))
        {
            // Another unit's PAKN is answered as unknown: the answer tells nothing about which codes exist.
            return Error.NotFound("feedback-not-found", "Không tìm thấy phản ánh, kiến nghị với mã này trong phạm vi đơn vị của ông/bà.");
        }

        if (request.Version is { } seen && seen != item.Version)
        {
            return Changed(item.Code);
        }

        var now = clock.UtcNow;
        var from = item.State;
        string? details = request.Text?.Trim();
        Result<FeedbackState> done;
        switch (trigger)
        {
            case FeedbackTrigger.Receive:
                done = item.Receive(request.Classification ?? FeedbackClassification.Unclassified, now);
                details = item.Classification.ToString();
                break;
            case FeedbackTrigger.Refuse:
                done = item.Refuse(request.Text, now);
                break;
            case FeedbackTrigger.RequestSupplement:
                done = item.RequestSupplement(request.Text, now);
                break;
            case FeedbackTrigger.Supplement:
                done = item.Supplement(request.Text);
                break;
            case FeedbackTrigger.Transfer:
                var target = request.UnitId is { } unitId ? await organisation.FindAsync(unitId, cancellationToken) : null;
                if (target is null)
                {
                    return Error.Field("unitId", "Chọn đơn vị nhận phản ánh, kiến nghị được chuyển đến.");
                }

                var fromUnit = item.UnitName;
                done = item.Transfer(new HandlingUnit(target.Id, target.Path, target.Name), request.Text, now, await calendars.GetAsync(cancellationToken));
                details = $"{fromUnit} → {target.Name}: {request.Text?.Trim()}";
                break;
            case FeedbackTrigger.RecordResult:
                done = item.RecordResult(request.Text, now, await calendars.GetAsync(cancellationToken));
                break;
            case FeedbackTrigger.Return:
                done = item.Return(request.Text, now);
                break;
            case FeedbackTrigger.Publish:
                done = item.Publish(now);
                break;
            default:
                return Error.Conflict("illegal-transition", $"Không thể \"{trigger.Label().ToLowerInvariant()}\" một phản ánh, kiến nghị đã có.");
        }

        if (!done.IsSuccess)
        {
            return done.Error;
        }

        db.Add(AuditEntry.Record(now, actor.Name, trigger.ToString(), nameof(FeedbackCase), item.Code, from.ToString(), item.State.ToString(), details));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Changed(item.Code);
        }

        return FeedbackView.Of(item, await db.EarlierCodeAsync(item, cancellationToken), showPetitioner: true);
    }

    private static Error Changed(string code) =>
        Error.Conflict("feedback-changed", $"Phản ánh, kiến nghị {code} vừa được người khác cập nhật. Vui lòng tải lại trang để xem trạng thái hiện tại.");
}
