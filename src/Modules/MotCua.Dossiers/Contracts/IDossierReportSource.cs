using MotCua.Kernel.Calendar;

namespace MotCua.Dossiers.Contracts;

/// <summary>
/// What the reports need of one dossier, computed by the module that owns its rules (DOMAIN B §1.3, §1.4, §4): the
/// reporting projection copies it, it never re-derives a legal judgement.
/// </summary>
public sealed record DossierReportRow(
    Guid Id,
    string Code,
    Guid ProcessingUnitId,
    string ProcessingUnitPath,
    string DeskUnitPath,
    Guid ProcedureId,
    Guid ProcedureVersionId,
    string ProcedureCode,
    int Channel,
    string State,
    int NationalStatus,
    DateTime SubmittedAtUtc,
    DateTime? ReceivedAtUtc,
    DateTime? DueAtUtc,
    DateTime? ProcessingEndedAtUtc,
    Timeliness? Timeliness,
    bool LateBySecondSupplement,
    int SupplementRequests,
    DateTime? AwaitingSupplementSinceUtc,
    double? ProcessingWorkingDays,
    string? HandlingOfficer,
    int? OnlinePaymentPlatform,
    bool HasElectronicResult,
    bool ComponentsDigitized,
    bool TakenFromWallet,
    bool VneidVerified,
    bool IsDemo,
    int Version);

public interface IDossierReportSource
{
    /// <summary>The rows of the given dossiers (unknown codes are skipped).</summary>
    Task<IReadOnlyList<DossierReportRow>> ReadAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    /// <summary>All dossiers in id order, a page at a time (the projection's full rebuild).</summary>
    Task<IReadOnlyList<DossierReportRow>> ReadPageAsync(Guid? afterId, int size, CancellationToken cancellationToken);
}
