using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;
using MotCua.Payments.Domain;

namespace MotCua.Payments.Features.ClaimExemption;

/// <summary>
/// The citizen claims (or withdraws the claim) to belong to the exempted group of one fee item of their dossier. The item
/// is then charged 0; the desk sees the claim and checks it against the papers.
/// </summary>
internal sealed class ClaimExemptionHandler(DbContext db, PaymentAccess access, FeeSchedule schedule, BusinessClock clock)
{
    public async Task<Result<FeeBreakdown>> HandleAsync(string? citizenId, string code, int itemNumber, bool claim, CancellationToken cancellationToken)
    {
        var found = await access.ForCitizenAsync(citizenId, code, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var dossier = found.Value;
        if (dossier.IsTerminal)
        {
            return Error.Conflict("dossier-closed", "Hồ sơ đã kết thúc; không thể thay đổi đề nghị miễn phí, lệ phí.");
        }

        if (await db.Set<Payment>().AnyAsync(p => p.DossierCode == dossier.Code && p.State == PaymentState.Paid, cancellationToken))
        {
            return Error.Conflict("payment-already-paid", "Phí, lệ phí của hồ sơ đã được thanh toán; không thể thay đổi đề nghị miễn.");
        }

        var fees = await schedule.ForAsync(dossier, cancellationToken);
        if (fees?.Lines.FirstOrDefault(l => l.Number == itemNumber) is not { } line)
        {
            return Error.Field("itemNumber", "Khoản phí, lệ phí này không có trong thủ tục của hồ sơ.");
        }

        if (!line.MayClaimExemption)
        {
            return Error.Field("itemNumber", "Khoản phí, lệ phí này không có đối tượng được miễn.");
        }

        var existing = await db.Set<ExemptionClaim>()
            .SingleOrDefaultAsync(c => c.DossierCode == dossier.Code && c.ProcedureVersionId == dossier.ProcedureVersionId && c.ItemNumber == itemNumber, cancellationToken);
        if (claim == (existing is not null))
        {
            return fees;
        }

        var now = clock.UtcNow;
        var item = itemNumber.ToString(CultureInfo.InvariantCulture);
        if (claim)
        {
            db.Add(new ExemptionClaim(dossier.Code, dossier.ProcedureVersionId, itemNumber, citizenId!, now));
            db.Add(AuditEntry.Record(now, citizenId!, "payment.claim-exemption", "Dossier", dossier.Code, null, "claimed:" + item, line.Description));
        }
        else
        {
            db.Remove(existing!);
            db.Add(AuditEntry.Record(now, citizenId!, "payment.withdraw-exemption-claim", "Dossier", dossier.Code, "claimed:" + item, null, line.Description));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await schedule.ForAsync(dossier, cancellationToken) ?? fees;
    }
}
