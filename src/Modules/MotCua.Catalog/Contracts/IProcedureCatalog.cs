using MotCua.Kernel.Calendar;

namespace MotCua.Catalog.Contracts;

/// <summary>KenhThucHien (NĐ 61/2018 Đ16): the national codes 1–3.</summary>
public enum IntakeChannel
{
    Direct = 1,
    Online = 2,
    Postal = 3,
}

/// <summary>A thành phần hồ sơ as published, numbered from 1 in the published order.</summary>
public sealed record IntakeComponent(
    int Number,
    string Name,
    int Originals,
    int Copies,
    bool Required,
    string? Condition,
    string? FormName,
    bool Reusable);

/// <summary>A step of the approved internal process, with its budget in working time (NĐ 61/2018 Đ7).</summary>
public sealed record IntakeStep(int Number, string Name, string Role, Guid? UnitId, LegalDuration Budget);

public sealed record IntakeFee(string Description, long? AmountDong, string? Rule);

/// <summary>
/// A phí or lệ phí item of one procedure version, numbered from 1 in the published order, with who is exempted
/// (đối tượng miễn, giảm) in the words of the version.
/// </summary>
public sealed record VersionFee(int Number, bool IsCharge, string Description, long? AmountDong, string? Rule, string? Exemptions);

/// <summary>
/// The procedure version in force on the intake day: what a dossier binds to (ARCHITECTURE: never "the current"
/// version) and everything intake needs from it.
/// </summary>
public sealed record ProcedureAtIntake(
    Guid ProcedureId,
    Guid VersionId,
    int VersionNumber,
    string Code,
    string Name,
    string FieldCode,
    Guid ImplementingUnitId,
    string CompetentAgency,
    IReadOnlyList<IntakeChannel> Channels,
    IReadOnlyDictionary<IntakeChannel, LegalDuration> TimeLimits,
    IReadOnlyList<IntakeComponent> Components,
    IReadOnlyList<IntakeFee> Fees,
    string ResultType,
    bool IsInterAgency,
    IReadOnlyList<IntakeStep> Steps)
{
    public bool Accepts(IntakeChannel channel) => Channels.Contains(channel);

    public LegalDuration TimeLimitFor(IntakeChannel channel) => TimeLimits[channel];
}

public sealed record IntakeProcedureSummary(string Code, string Name, Guid ImplementingUnitId);

/// <summary>
/// What the reports need of the version a dossier bound to: its field (the rows of Biểu 06), whether its result is a
/// paper document (766 indicator 4.1) and whether it charges a non-zero fee (766 indicators 3.5, 3.6).
/// </summary>
public sealed record VersionReportingProfile(Guid VersionId, string FieldCode, bool PaperResult, bool FeeBearing);

/// <summary>Mức độ dịch vụ công trực tuyến a procedure is offered at (NĐ 42/2022 Đ11).</summary>
public enum OnlineOffer
{
    None = 0,
    Partial = 1,
    Full = 2,
}

/// <summary>
/// One publication decision of a procedure (NĐ 63/2010 Đ13–15, Đ24): when it was signed, when MotCua made it public
/// (the catalog's "Công khai" action, local day) and the latest effective date of the version's legal bases.
/// </summary>
public sealed record PublicationRecord(int VersionNumber, string DecisionNumber, DateOnly SignedOn, DateOnly EffectiveOn, DateOnly? MadePublicOn, DateOnly? LatestLegalBasisEffectiveOn);

/// <summary>
/// What the 766 index needs of a procedure in force (DOMAIN B §1.3: 1.1–1.3, 3.1, 3.2, 3.5, 4.5a): its online offer, whether
/// it charges a non-zero fee, whether its subjects include individuals (citizens, overseas Vietnamese, foreigners),
/// whether the version in force publishes every component NĐ 63/2010 Đ8.2 requires, and its publication decisions.
/// </summary>
public sealed record ProcedureReportingRecord(
    Guid ProcedureId,
    string Code,
    string Name,
    string FieldCode,
    Guid ImplementingUnitId,
    OnlineOffer Online,
    bool FeeBearing,
    bool ServesIndividuals,
    bool ContentComplete,
    IReadOnlyList<PublicationRecord> Publications);

/// <summary>Read access to the published catalog for the modules that receive dossiers.</summary>
public interface IProcedureCatalog
{
    /// <summary>The version in force on <paramref name="day"/>, or null when the code is unknown, retired or not yet in force.</summary>
    Task<ProcedureAtIntake?> FindForIntakeAsync(string procedureCode, DateOnly day, CancellationToken cancellationToken);

    /// <summary>The fees of one version (the one a dossier bound to at intake), or null when the version is unknown.</summary>
    Task<IReadOnlyList<VersionFee>?> FeesOfVersionAsync(Guid versionId, CancellationToken cancellationToken);

    /// <summary>The reporting profiles of the given versions (unknown ids are skipped).</summary>
    Task<IReadOnlyDictionary<Guid, VersionReportingProfile>> ReportingProfilesAsync(IReadOnlyCollection<Guid> versionIds, CancellationToken cancellationToken);

    /// <summary>
    /// Procedures in force on <paramref name="day"/> implemented by one of <paramref name="implementingUnitIds"/>, by code,
    /// with every publication decision of each (the reports' view of a unit's competence).
    /// </summary>
    Task<IReadOnlyList<ProcedureReportingRecord>> ProceduresForReportingAsync(
        IReadOnlyCollection<Guid> implementingUnitIds, DateOnly day, CancellationToken cancellationToken);

    /// <summary>True when a procedure with this code was ever published (retired ones included: past periods report them).</summary>
    Task<bool> ProcedureExistsAsync(string code, CancellationToken cancellationToken);

    /// <summary>True when a field (lĩnh vực) with this code exists.</summary>
    Task<bool> FieldExistsAsync(string code, CancellationToken cancellationToken);

    /// <summary>Every field's name (lĩnh vực) by its code: reports are read by names, computed by codes.</summary>
    Task<IReadOnlyDictionary<string, string>> FieldNamesAsync(CancellationToken cancellationToken);

    /// <summary>Procedures in force on <paramref name="day"/> whose code or name matches every word (diacritics ignored), by name.</summary>
    Task<IReadOnlyList<IntakeProcedureSummary>> SearchForIntakeAsync(
        string? text, IReadOnlyCollection<Guid>? implementingUnitIds, DateOnly day, int limit, CancellationToken cancellationToken);
}
