using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Catalog.Features.Browse;

public sealed record DecisionItem(string Number, DateOnly SignedOn, string Signer, DateOnly EffectiveOn);

public sealed record ComponentItem(
    int Index,
    string Name,
    int Originals,
    int Copies,
    string? FormName,
    string? FormUrl,
    ComponentRequirement Requirement,
    string? Condition,
    bool Reusable);

public sealed record LegalBasisItem(string Number, string Title, DateOnly? IssuedOn, DateOnly? EffectiveOn);

/// <summary>A published version of the procedure, for the "other versions" list.</summary>
public sealed record VersionItem(int Number, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string DecisionNumber);

/// <summary>
/// A procedure as published in force on one day: the Phần II content of the publication decision (NĐ 63/2010 Đ8.2),
/// with the version and decision it comes from.
/// </summary>
public sealed record ProcedureDetail(
    string Code,
    string Name,
    DateOnly At,
    int Version,
    DecisionItem Decision,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    DateOnly? RetiredOn,
    FieldRef Field,
    UnitRef ImplementingUnit,
    string CompetentAgency,
    CompetenceLevels Levels,
    SubmissionChannels Channels,
    OnlineServiceLevel OnlineLevel,
    bool EligibleForFullOnline,
    IReadOnlyList<ProcessingTimeItem> ProcessingTimes,
    IReadOnlyList<FeeLine> Fees,
    IReadOnlyList<ComponentItem> Components,
    string Sequence,
    string Subjects,
    string? Conditions,
    string ResultType,
    bool PaperResult,
    IReadOnlyList<LegalBasisItem> LegalBases,
    bool IsSpecial,
    bool IsInternal,
    string? InterAgencyGroup,
    IReadOnlyList<VersionItem> Versions);

/// <summary>Reads one procedure as it was in force on a day. Public for the page models (see <see cref="SearchProceduresHandler"/>).</summary>
internal sealed class GetProcedureHandler(DbContext db, IOrganisationDirectory directory)
{
    public async Task<Result<ProcedureDetail>> HandleAsync(string code, DateOnly day, CancellationToken cancellationToken)
    {
        var found = await FindAsync(code, day, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (procedure, version) = found.Value;
        var content = version.Content;
        var unit = await directory.FindAsync(version.ImplementingUnitId, cancellationToken);
        var fieldName = await db.Set<ProcedureField>().AsNoTracking()
            .Where(f => f.Code == version.FieldCode).Select(f => f.Name).SingleOrDefaultAsync(cancellationToken);
        var decision = version.Decision!;
        return new ProcedureDetail(
            procedure.Code,
            version.Name,
            day,
            version.Number,
            new DecisionItem(decision.Number, decision.SignedOn, decision.Signer, decision.EffectiveOn),
            version.EffectiveFrom!.Value,
            version.EffectiveTo,
            procedure.RetiredOn,
            new FieldRef(version.FieldCode, fieldName ?? version.FieldCode),
            unit is null ? new UnitRef(string.Empty, string.Empty) : new UnitRef(unit.Code, unit.Name),
            content.CompetentAgency,
            content.Levels,
            content.Channels,
            content.OnlineLevel,
            content.EligibleForFullOnline,
            PublishedProcedures.TimesOf(content),
            PublishedProcedures.FeesOf(content),
            content.Components.Select((c, i) => new ComponentItem(
                i + 1, c.Name, c.Originals, c.Copies, c.FormName,
                c.FormFileKey is null ? null : FormUrl(procedure.Code, i + 1, day, version),
                c.Requirement, c.Condition, c.Reusable)).ToList(),
            content.Sequence,
            content.Subjects,
            content.Conditions,
            content.ResultType,
            content.PaperResult,
            content.LegalBases.Select(b => new LegalBasisItem(b.Number, b.Title, b.IssuedOn, b.EffectiveOn)).ToList(),
            content.IsSpecial,
            content.IsInternal,
            content.InterAgencyGroup,
            procedure.Versions
                .Where(v => v.EffectiveFrom is not null && v.Decision is not null)
                .OrderByDescending(v => v.Number)
                .Select(v => new VersionItem(v.Number, v.EffectiveFrom!.Value, v.EffectiveTo, v.Decision!.Number))
                .ToList());
    }

    /// <summary>The procedure and its version in force on the day, or a Vietnamese 404 when none was.</summary>
    internal async Task<Result<(Procedure Procedure, ProcedureVersion Version)>> FindAsync(string code, DateOnly day, CancellationToken cancellationToken)
    {
        var procedure = Procedure.IsValidCode(code)
            ? await db.Set<Procedure>().AsNoTracking()
                .Include(p => p.Versions.Where(v => v.Status != VersionStatus.Draft))
                .SingleOrDefaultAsync(p => p.Code == code, cancellationToken)
            : null;
        if (procedure is null)
        {
            return Error.NotFound("procedure.not_found", $"Không tìm thấy thủ tục hành chính mã \"{code}\".");
        }

        if (procedure.RetiredOn is { } retiredOn && retiredOn <= day)
        {
            return Error.NotFound("procedure.retired",
                $"Thủ tục mã {procedure.Code} đã bị bãi bỏ từ ngày {retiredOn:dd/MM/yyyy} theo Quyết định số {procedure.RetirementDecisionNumber}.");
        }

        var version = procedure.VersionAt(day);
        if (version is null || version.Status == VersionStatus.Draft)
        {
            return Error.NotFound("procedure.not_in_force", $"Thủ tục mã {procedure.Code} chưa có hiệu lực vào ngày {day:dd/MM/yyyy}.");
        }

        return (procedure, version);
    }

    private static string FormUrl(string code, int index, DateOnly day, ProcedureVersion version) =>
        version.EffectiveTo is null
            ? $"/thu-tuc/{code}/mau/{index}"
            : $"/thu-tuc/{code}/mau/{index}?at={day:yyyy-MM-dd}";
}
