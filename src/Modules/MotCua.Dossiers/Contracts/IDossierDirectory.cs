namespace MotCua.Dossiers.Contracts;

/// <summary>Who a dossier is for and how to reach them; <see cref="Identifier"/> is the CCCD, tax or enterprise code.</summary>
public sealed record DossierParty(bool IsOrganisation, string Name, string Identifier, string? Phone, string? Email);

/// <summary>The facts of one dossier that other modules (payments, notifications, ratings, national sync) need.</summary>
public sealed record DossierFacts(
    Guid Id,
    string Code,
    string ProcedureCode,
    string ProcedureName,
    Guid ProcedureVersionId,
    int Channel,
    string State,
    int NationalStatus,
    bool IsTerminal,
    string DeskUnitPath,
    Guid ProcessingUnitId,
    string ProcessingUnitPath,
    DossierParty Applicant,
    DossierParty? Representative,
    DateTime SubmittedAtUtc,
    DateTime? ReceivedAtUtc,
    DateTime? AppointmentAtUtc,
    DateTime? ResultReadyAtUtc,
    DateTime? ReturnedAtUtc,
    int Version,
    int? OnlinePaymentPlatform = null)
{
    /// <summary>
    /// True when <paramref name="citizenId"/> (a signed-in citizen's CCCD) is the applicant or the representative who
    /// submitted on the applicant's behalf.
    /// </summary>
    public bool BelongsTo(string? citizenId) =>
        !string.IsNullOrEmpty(citizenId) && (Applicant.Identifier == citizenId || Representative?.Identifier == citizenId);
}

/// <summary>Read access to dossiers for the other modules.</summary>
public interface IDossierDirectory
{
    Task<DossierFacts?> FindAsync(string code, CancellationToken cancellationToken);
}
