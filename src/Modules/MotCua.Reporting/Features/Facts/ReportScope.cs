using MotCua.Reporting.Domain;

namespace MotCua.Reporting.Features.Facts;

/// <summary>
/// Which dossiers a figure counts: those resolved by a unit's subtree (<see cref="UnitPath"/> is a materialised path
/// prefix), optionally of one procedure, field, channel (KenhThucHien) or handling officer.
/// </summary>
public sealed record ReportScope(string UnitPath, string? ProcedureCode = null, string? FieldCode = null, int? Channel = null, string? Officer = null);

internal static class FactQueries
{
    public static IQueryable<DossierFact> InScope(this IQueryable<DossierFact> facts, ReportScope scope)
    {
        var query = facts.Where(f => f.ProcessingUnitPath.StartsWith(scope.UnitPath));
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

        return query;
    }
}
