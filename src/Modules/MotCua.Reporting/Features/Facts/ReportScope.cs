using System.Linq.Expressions;
using MotCua.Kernel.Persistence;
using MotCua.Reporting.Domain;

namespace MotCua.Reporting.Features.Facts;

/// <summary>
/// Which dossiers a figure counts: those resolved by a unit's subtree (<see cref="UnitPath"/> is a materialised path
/// prefix), optionally of one procedure, field, channel (KenhThucHien) or handling officer, and optionally only those
/// resolved by the units at <see cref="UnitPaths"/> exactly (one level of a multi-level report).
/// </summary>
public sealed record ReportScope(
    string UnitPath, string? ProcedureCode = null, string? FieldCode = null, int? Channel = null, string? Officer = null,
    IReadOnlyCollection<string>? UnitPaths = null);

internal static class FactQueries
{
    /// <summary>
    /// The dossiers a period can be about: received by its last day (or never) and not ended before its first, unless
    /// still in progress (a dossier waiting for a supplement has a 766 end but is still handled). Every measure selects
    /// within this set (a unit test holds each registered measure to it), so figures may count from it alone; its day
    /// bounds are what the (path, day) indexes serve, which the measures' instants are not.
    /// </summary>
    public static IQueryable<DossierFact> AliveIn(this IQueryable<DossierFact> facts, ReportWindow window) =>
        facts.Where(Alive(window));

    public static Expression<Func<DossierFact, bool>> Alive(ReportWindow window) =>
        f => (f.ReceivedOn == null || f.ReceivedOn <= window.To)
            && (f.EndedOn == null || f.EndedOn >= window.From || f.Outcome == FactOutcome.InProgress);

    public static IQueryable<DossierFact> InScope(this IQueryable<DossierFact> facts, ReportScope scope)
    {
        var query = facts.WhereUnder(f => f.ProcessingUnitPath, scope.UnitPath);
        if (scope.ProcedureCode is { } procedure)
        {
            query = query.Where(f => f.ProcedureCode == procedure);
        }

        if (scope.FieldCode is { } field)
        {
            query = query.Where(f => f.FieldCode == field);
        }

        if (scope.Channel is { } channel)
        {
            query = query.Where(f => f.Channel == channel);
        }

        if (scope.Officer is { } officer)
        {
            query = query.Where(f => f.HandlingOfficer == officer);
        }

        if (scope.UnitPaths is { } exact)
        {
            query = query.Where(f => exact.Contains(f.ProcessingUnitPath));
        }

        return query;
    }
}
