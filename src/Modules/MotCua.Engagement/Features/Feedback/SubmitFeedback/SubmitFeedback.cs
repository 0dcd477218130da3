using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Engagement.Features.Feedback.ListFeedback;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Citizens;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Feedback.SubmitFeedback;

/// <summary>
/// A PAKN as the public sends it, or as an officer writes down one received by telephone, in writing or on a survey
/// form (NĐ 20/2008 Đ6–7). <see cref="ReRaises"/> is the code of an earlier PAKN of the same petitioner.
/// </summary>
public sealed record SubmitFeedbackRequest(
    Guid? UnitId,
    string? ProcedureCode,
    string? PetitionerName,
    string? PetitionerPhone,
    string? PetitionerAddress,
    string? PetitionerEmail,
    string? PetitionerIdentityNumber,
    string? Subject,
    string? Content,
    string? ReRaises,
    FeedbackChannel? Channel = null);

/// <summary>Who is submitting: anyone on the portal (signed in as a citizen or not), or an officer registering one received.</summary>
public abstract record Submitter
{
    private Submitter()
    {
    }

    /// <summary>The portal: <see cref="User"/> is the citizen when signed in, else anonymous.</summary>
    public sealed record Public(ClaimsPrincipal? User) : Submitter;

    public sealed record Officer(ClaimsPrincipal User) : Submitter;
}

internal sealed class SubmitFeedbackHandler(
    DbContext db, IOrganisationDirectory organisation, IWorkingCalendarSource calendars, BusinessClock clock, CurrentActor actor)
{
    public async Task<Result<FeedbackView>> SubmitAsync(Submitter submitter, SubmitFeedbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submitter);
        ArgumentNullException.ThrowIfNull(request);
        var citizen = submitter is Submitter.Public { User: { } user } && user.IsCitizen() ? user : null;
        var unit = request.UnitId is { } unitId ? await organisation.FindAsync(unitId, cancellationToken) : null;
        var errors = new ValidationErrors();
        var channel = FeedbackChannel.Portal;
        if (submitter is Submitter.Officer officer)
        {
            if (unit is not null && !officer.User.Covers(unit.Path))
            {
                return Error.Forbidden($"Ông/bà không được tiếp nhận phản ánh, kiến nghị cho {unit.Name}.");
            }

            // An officer registers what came another way; the portal is the public's own channel.
            if (request.Channel is not { } given || given == FeedbackChannel.Portal || !Enum.IsDefined(given))
            {
                errors.Add("channel", "Chọn hình thức tiếp nhận: văn bản (trực tiếp, bưu chính), điện thoại đường dây nóng hoặc phiếu lấy ý kiến.");
            }
            else
            {
                channel = given;
            }
        }

        FeedbackCase? earlier = null;
        if (request.ReRaises is { Length: > 0 } earlierCode)
        {
            earlier = await db.Set<FeedbackCase>().WithCode(earlierCode).SingleOrDefaultAsync(cancellationToken);
            if (earlier is null)
            {
                errors.Add("reRaises", $"Không tìm thấy phản ánh, kiến nghị có mã {earlierCode.Trim()}.");
            }
        }

        var now = clock.UtcNow;
        var petitioner = new Petitioner(
            request.PetitionerName ?? citizen?.CitizenName() ?? string.Empty,
            request.PetitionerPhone ?? citizen?.FindFirstValue(CitizenIdentity.PhoneClaim) ?? string.Empty,
            request.PetitionerAddress ?? string.Empty,
            request.PetitionerEmail ?? citizen?.FindFirstValue(CitizenIdentity.EmailClaim),
            request.PetitionerIdentityNumber ?? citizen?.CitizenId());
        var submitted = FeedbackCase.Submit(
            NewCode(now), unit is null ? null : new HandlingUnit(unit.Id, unit.Path, unit.Name), request.ProcedureCode, channel, petitioner,
            citizen?.CitizenId(), request.Subject, request.Content, earlier, now, await calendars.GetAsync(cancellationToken), errors);
        if (!submitted.IsSuccess)
        {
            return submitted.Error;
        }

        var item = submitted.Value;
        db.Add(item);
        var who = submitter is Submitter.Officer ? actor.Name : citizen?.CitizenId() is { } id ? "citizen:" + id : "public";
        db.Add(AuditEntry.Record(now, who, "SubmitFeedback", nameof(FeedbackCase), item.Code, null, item.State.ToString(), channel.ToString()));
        if (earlier is not null)
        {
            db.Add(AuditEntry.Record(now, who, "ReRaiseFeedback", nameof(FeedbackCase), earlier.Code, earlier.State.ToString(), earlier.State.ToString(), item.Code));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("feedback-changed", $"Phản ánh, kiến nghị {earlier?.Code} vừa được cập nhật. Vui lòng gửi lại.");
        }

        return FeedbackView.Of(item, earlier?.Code, showPetitioner: true);
    }

    /// <summary>PAKN-yyMMdd-XXXXXX: the day and six random letters or digits (no 0/O, 1/I), unique by index.</summary>
    private static string NewCode(DateTime nowUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"PAKN-{BusinessClock.ToLocal(nowUtc):yyMMdd}-{RandomNumberGenerator.GetString("23456789ABCDEFGHJKLMNPQRSTUVWXYZ", 6)}");
}
