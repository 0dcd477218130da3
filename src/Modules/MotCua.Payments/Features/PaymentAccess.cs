using System.Security.Claims;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Contracts;
using MotCua.Kernel.Results;

namespace MotCua.Payments.Features;

/// <summary>
/// Who may see a dossier's payments: the applicant or the representative who submitted it (by CCCD), and staff whose
/// scope covers the desk that received it. Anyone else gets "not found", so that codes cannot be probed.
/// </summary>
internal sealed class PaymentAccess(IDossierDirectory dossiers)
{
    public const string NotFoundMessage = "Không tìm thấy hồ sơ có mã này trong các hồ sơ của bạn.";

    public async Task<Result<DossierFacts>> ForCitizenAsync(string? citizenId, string code, CancellationToken cancellationToken)
    {
        var dossier = string.IsNullOrWhiteSpace(code) || code.Length > 64 ? null : await dossiers.FindAsync(code, cancellationToken);
        return dossier is not null && dossier.BelongsTo(citizenId) ? dossier : Error.NotFound("dossier-not-found", NotFoundMessage);
    }

    public async Task<Result<DossierFacts>> ForStaffAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken)
    {
        var dossier = string.IsNullOrWhiteSpace(code) || code.Length > 64 ? null : await dossiers.FindAsync(code, cancellationToken);
        return dossier is not null && StaffSees(user, dossier.DeskUnitPath) ? dossier : Error.NotFound("dossier-not-found", NotFoundMessage);
    }

    public static bool StaffSees(ClaimsPrincipal user, string deskUnitPath) =>
        user.IsInRole(StaffRoles.SystemAdmin) || user.Covers(deskUnitPath);
}
