using Microsoft.EntityFrameworkCore;
using MotCua.Catalog.Contracts;
using MotCua.Catalog.Domain;
using MotCua.Catalog.Features.Browse;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Text;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Features.Intake;

internal sealed class ProcedureCatalog(DbContext db) : IProcedureCatalog
{
    private static readonly (SubmissionChannels Flag, IntakeChannel Channel)[] ChannelMap =
        [(SubmissionChannels.Direct, IntakeChannel.Direct), (SubmissionChannels.Online, IntakeChannel.Online), (SubmissionChannels.Postal, IntakeChannel.Postal)];

    public async Task<ProcedureAtIntake?> FindForIntakeAsync(string procedureCode, DateOnly day, CancellationToken cancellationToken)
    {
        if (!Procedure.IsValidCode(procedureCode))
        {
            return null;
        }

        var procedure = await db.Set<Procedure>().AsNoTracking()
            .Include(p => p.Versions.Where(v => v.Status != VersionStatus.Draft))
            .SingleOrDefaultAsync(p => p.Code == procedureCode, cancellationToken);
        if (procedure is null || procedure.RetiredOn is { } retired && retired <= day || procedure.VersionAt(day) is not { } version)
        {
            return null;
        }

        var content = version.Content;
        var process = await db.Set<InternalProcess>().AsNoTracking()
            .Where(p => p.ProcedureId == procedure.Id && p.AgencyUnitId == version.ImplementingUnitId && p.IsPublished)
            .SingleOrDefaultAsync(cancellationToken);
        var channels = ChannelMap.Where(c => content.Channels.HasFlag(c.Flag)).ToList();
        return new ProcedureAtIntake(
            procedure.Id,
            version.Id,
            version.Number,
            procedure.Code,
            version.Name,
            version.FieldCode,
            version.ImplementingUnitId,
            content.CompetentAgency,
            channels.Select(c => c.Channel).ToList(),
            channels
                .Select(c => (c.Channel, Time: content.TimeFor(c.Flag)))
                .Where(c => c.Time is not null)
                .ToDictionary(c => c.Channel, c => new LegalDuration(c.Time!.Amount, (DurationUnit)(int)c.Time.Unit)),
            content.Components.Select((c, i) => new IntakeComponent(
                i + 1, c.Name, c.Originals, c.Copies, c.Requirement == ComponentRequirement.Required, c.Condition, c.FormName, c.Reusable)).ToList(),
            content.Fees.Select(f => new IntakeFee(f.Description, f.AmountDong, f.Rule)).ToList(),
            content.ResultType,
            content.InterAgencyGroup is not null,
            process?.Steps.Select((s, i) => new IntakeStep(
                i + 1, s.Name, s.Role, s.UnitId,
                new LegalDuration(s.Budget, s.BudgetUnit == StepBudgetUnit.WorkingHours ? DurationUnit.WorkingHours : DurationUnit.WorkingDays))).ToList() ?? []);
    }

    public async Task<IReadOnlyList<VersionFee>?> FeesOfVersionAsync(Guid versionId, CancellationToken cancellationToken)
    {
        var version = await db.Set<ProcedureVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        return version?.Content.Fees
            .Select((f, i) => new VersionFee(i + 1, f.Kind == FeeKind.Charge, f.Description, f.AmountDong, f.Rule, f.Exemptions))
            .ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, VersionReportingProfile>> ReportingProfilesAsync(IReadOnlyCollection<Guid> versionIds, CancellationToken cancellationToken)
    {
        var versions = await db.Set<ProcedureVersion>().AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(cancellationToken);
        return versions.ToDictionary(
            v => v.Id,
            v => new VersionReportingProfile(
                v.Id,
                v.FieldCode,
                v.Content.PaperResult,
                IsFeeBearing(v.Content)));
    }

    public async Task<IReadOnlyList<ProcedureReportingRecord>> ProceduresForReportingAsync(
        IReadOnlyCollection<Guid> implementingUnitIds, DateOnly day, CancellationToken cancellationToken)
    {
        var inForce = await db.Set<ProcedureVersion>().AsNoTracking()
            .Where(v => implementingUnitIds.Contains(v.ImplementingUnitId)
                && (v.Status == VersionStatus.Published || v.Status == VersionStatus.Superseded)
                && v.EffectiveFrom <= day && (v.EffectiveTo == null || v.EffectiveTo >= day))
            .ToListAsync(cancellationToken);
        var procedureIds = inForce.Select(v => v.ProcedureId).ToList();
        var procedures = await db.Set<Procedure>().AsNoTracking()
            .Include(p => p.Versions.Where(v => v.Status != VersionStatus.Draft))
            .Where(p => procedureIds.Contains(p.Id) && (p.RetiredOn == null || p.RetiredOn > day))
            .ToListAsync(cancellationToken);
        return procedures
            .Select(p => (Procedure: p, Version: inForce.Single(v => v.ProcedureId == p.Id)))
            .OrderBy(x => x.Procedure.Code, StringComparer.Ordinal)
            .Select(x => new ProcedureReportingRecord(
                x.Procedure.Id,
                x.Procedure.Code,
                x.Version.Name,
                x.Version.FieldCode,
                x.Version.ImplementingUnitId,
                (OnlineOffer)(int)x.Version.OnlineLevel,
                IsFeeBearing(x.Version.Content),
                ServesIndividuals(x.Version.Content.Subjects),
                IsComplete(x.Version.Content),
                x.Procedure.Versions
                    .Where(v => v.Decision is not null)
                    .OrderBy(v => v.Number)
                    .Select(v => new PublicationRecord(
                        v.Number,
                        v.Decision!.Number,
                        v.Decision.SignedOn,
                        v.Decision.EffectiveOn,
                        v.PublishedAtUtc is { } published ? DateOnly.FromDateTime(BusinessClock.ToLocal(published).DateTime) : null,
                        v.Content.LegalBases.Max(b => b.EffectiveOn)))
                    .ToList()))
            .ToList();
    }

    public Task<bool> ProcedureExistsAsync(string code, CancellationToken cancellationToken) =>
        db.Set<ProcedureVersion>().AsNoTracking()
            .AnyAsync(v => v.Status != VersionStatus.Draft && db.Set<Procedure>().Any(p => p.Id == v.ProcedureId && p.Code == code), cancellationToken);

    public Task<bool> FieldExistsAsync(string code, CancellationToken cancellationToken) =>
        db.Set<ProcedureField>().AsNoTracking().AnyAsync(f => f.Code == code, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> FieldNamesAsync(CancellationToken cancellationToken) =>
        await db.Set<ProcedureField>().AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.Name, StringComparer.Ordinal, cancellationToken);

    /// <summary>A fee given only as a rule (a percentage, a scale) is still a fee; an explicit 0 is not (766 3.5, 3.6).</summary>
    private static bool IsFeeBearing(ProcedureContent content) =>
        content.Fees.Any(f => f.AmountDong is null ? !string.IsNullOrWhiteSpace(f.Rule) : f.AmountDong > 0);

    /// <summary>
    /// 766 4.5a's denominator: procedures whose subjects are individuals — Vietnamese citizens, overseas Vietnamese,
    /// foreigners (DOMAIN B §1.3, §6.2 "subject types"). The catalog keeps the subjects in words, so they are read there.
    /// </summary>
    private static bool ServesIndividuals(string subjects)
    {
        var folded = VietnameseText.Fold(subjects);
        return IndividualSubjects.Any(folded.Contains);
    }

    private static readonly string[] IndividualSubjects = ["ca nhan", "cong dan", "nguoi nuoc ngoai", "nguoi viet nam", "ho gia dinh"];

    /// <summary>766 1.3: name, sequence, method, components with quantities, time limit, subjects, implementing agency (NĐ 63/2010 Đ8.2).</summary>
    private static bool IsComplete(ProcedureContent content) =>
        !string.IsNullOrWhiteSpace(content.Name)
        && !string.IsNullOrWhiteSpace(content.Sequence)
        && content.Channels != SubmissionChannels.None
        && content.Components.Count > 0 && content.Components.All(c => c.Originals + c.Copies > 0)
        && content.ProcessingTimes.Count > 0
        && !string.IsNullOrWhiteSpace(content.Subjects)
        && content.ImplementingUnitId != Guid.Empty && !string.IsNullOrWhiteSpace(content.CompetentAgency);

    public async Task<IReadOnlyList<IntakeProcedureSummary>> SearchForIntakeAsync(
        string? text, IReadOnlyCollection<Guid>? implementingUnitIds, DateOnly day, int limit, CancellationToken cancellationToken)
    {
        var query = PublishedProcedures.ValidOn(db, day);
        foreach (var word in VietnameseText.Fold(text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            query = query.Where(r => r.SearchText.Contains(word));
        }

        if (implementingUnitIds is not null)
        {
            query = query.Where(r => implementingUnitIds.Contains(r.UnitId));
        }

        return await query
            .OrderBy(r => r.Name).ThenBy(r => r.Code)
            .Take(Math.Clamp(limit, 1, 100))
            .Select(r => new IntakeProcedureSummary(r.Code, r.Name, r.UnitId))
            .ToListAsync(cancellationToken);
    }
}
