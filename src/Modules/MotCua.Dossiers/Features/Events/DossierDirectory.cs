using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Domain;

namespace MotCua.Dossiers.Features.Events;

internal sealed class DossierDirectory(DbContext db) : IDossierDirectory
{
    public async Task<DossierFacts?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var dossier = await db.Set<Dossier>().AsNoTracking().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        var applicant = dossier.Applicant;
        var representative = dossier.Representative;
        return new DossierFacts(
            dossier.Id, dossier.Code, dossier.ProcedureCode, dossier.ProcedureName, dossier.ProcedureVersionId, (int)dossier.Channel,
            dossier.State.ToString(), (int)dossier.Status, dossier.State.IsTerminal(), dossier.DeskUnitPath, dossier.ProcessingUnitId,
            dossier.ProcessingUnitPath,
            new DossierParty(applicant.Kind == ApplicantKind.Organisation, applicant.Name, applicant.Identifier, applicant.Phone, applicant.Email),
            representative is null ? null : new DossierParty(false, representative.Name, representative.Identifier, representative.Phone, representative.Email),
            dossier.SubmittedAtUtc, dossier.ReceivedAtUtc, dossier.AppointmentAtUtc, dossier.Result?.ReadyAtUtc, dossier.Result?.ReturnedAtUtc,
            dossier.Version,
            dossier.OnlinePaymentPlatform);
    }
}
