using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Contracts;

/// <summary>
/// The applicant, or the representative acting for them (always a person); <see cref="AuthorisationDocument"/> names
/// the representative's authorisation (số, ngày of the giấy ủy quyền, form 01) and is ignored for the applicant.
/// </summary>
public sealed record OnlineParty(bool IsOrganisation, string? Name, string? Identifier, string? Address, string? Phone, string? Email, string? AuthorisationDocument = null);

/// <summary>A file sent with an online submission: Dossiers checks its real type and size, hashes and stores it.</summary>
public sealed record OnlineFile(string FileName, string ContentType, byte[] Content);

/// <summary>A component as submitted online: a new file, or a document of the applicant's wallet reused (NĐ 45/2020).</summary>
public sealed record OnlineComponent(int Number, OnlineFile? File, Guid? ReusedDocumentId = null);

/// <summary>
/// An online submission from any front door: the citizen portal, or the national portal through the connector.
/// <see cref="ExternalSource"/> and <see cref="ExternalId"/> make it idempotent (the same pair returns the dossier
/// already created). <see cref="SubmittedBy"/> is the actor recorded in history and audit.
/// </summary>
public sealed record OnlineSubmission(
    string? ProcedureCode,
    OnlineParty? Applicant,
    OnlineParty? Representative,
    string? RequestSummary,
    IReadOnlyList<OnlineComponent>? Components,
    string SubmittedBy,
    bool IdentityVerifiedWithVneid,
    string? ExternalSource = null,
    string? ExternalId = null);

public sealed record OnlineIntakeReceipt(Guid DossierId, string Code, bool Replayed);

/// <summary>Creates a dossier submitted online (NĐ 61/2018 Đ17.2): state Submitted (TrangThaiHoSo 1), waiting for the desk's check.</summary>
public interface IOnlineIntake
{
    /// <summary>Validation errors are keyed like the submission's properties (e.g. "components[0].file").</summary>
    Task<Result<OnlineIntakeReceipt>> SubmitAsync(OnlineSubmission submission, CancellationToken cancellationToken);
}
