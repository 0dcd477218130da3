using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Features.Edit.ListVersions;

/// <summary>Where a version stands on a given day: what an editor needs to read, beside the stored status.</summary>
public enum VersionStanding
{
    Draft,

    /// <summary>Published, but its decision takes effect later; the previous version is still the one in force.</summary>
    Upcoming,
    InForce,
    Ended,
}

public sealed record VersionItem(
    int Number, VersionStatus Status, VersionStanding Standing, string Name, PublicationDecision? Decision, DateOnly? EffectiveFrom, DateOnly? EffectiveTo,
    DateTime CreatedAtUtc, DateTime UpdatedAtUtc, DateTime? PublishedAtUtc, IReadOnlyList<ContentChange> Changes);

public sealed record VersionHistory(
    string Code, string Name, DateOnly? RetiredOn, string? RetirementDecisionNumber, Guid ConcurrencyStamp, IReadOnlyList<VersionItem> Versions);

/// <summary>Every version of a procedure, drafts included, newest first, each with what it changed from the one before.</summary>
internal sealed class ListVersionsHandler(DbContext db, EditAccess access, IOrganisationDirectory directory, BusinessClock clock)
{
    public async Task<Result<VersionHistory>> HandleAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken)
    {
        var loaded = await access.LoadInScopeAsync(user, code, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var procedure = loaded.Value;

        var units = (await directory.ListAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var fieldCodes = procedure.Versions.Select(v => v.FieldCode).Distinct().ToList();
        var fields = await db.Set<ProcedureField>().AsNoTracking().Where(f => fieldCodes.Contains(f.Code))
            .ToDictionaryAsync(f => f.Code, f => f.Name, cancellationToken);
        string UnitName(Guid id) => units.TryGetValue(id, out var name) ? name : id.ToString();
        ProcedureContent Named(ProcedureContent content) =>
            content with { FieldCode = fields.TryGetValue(content.FieldCode, out var name) ? $"{name} ({content.FieldCode})" : content.FieldCode };

        var ordered = procedure.Versions.OrderBy(v => v.Number).ToList();
        var today = clock.Today;
        var items = ordered.Select((v, i) => new VersionItem(
            v.Number, v.Status, StandingOf(v, today), v.Name, v.Decision, v.EffectiveFrom, v.EffectiveTo, v.CreatedAtUtc, v.UpdatedAtUtc, v.PublishedAtUtc,
            i == 0 ? [] : ContentChanges.Between(Named(ordered[i - 1].Content), Named(v.Content), UnitName)))
            .Reverse().ToList();
        var head = procedure.Draft ?? procedure.LatestPublished ?? ordered[^1];
        return new VersionHistory(procedure.Code, head.Name, procedure.RetiredOn, procedure.RetirementDecisionNumber, procedure.ConcurrencyStamp, items);
    }

    private static VersionStanding StandingOf(ProcedureVersion version, DateOnly today) => version switch
    {
        { Status: VersionStatus.Draft } => VersionStanding.Draft,
        { EffectiveFrom: { } from } when from > today => VersionStanding.Upcoming,
        { EffectiveTo: { } to } when to < today => VersionStanding.Ended,
        _ => VersionStanding.InForce,
    };
}
