namespace MotCua.Administration.Contracts;

public sealed record UnitSummary(Guid Id, string Code, string Name, UnitKind Kind, Guid? ParentId, string Path);

/// <summary>A Bộ phận Một cửa; <see cref="Code"/> prefixes the dossier codes it issues (TT 01/2018 Đ19).</summary>
public sealed record DeskSummary(Guid Id, string Code, string Name, DeskKind Kind, Guid UnitId, string Address, string? Phone);

/// <summary>Read access to the organisation tree for other modules.</summary>
public interface IOrganisationDirectory
{
    Task<UnitSummary?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<UnitSummary?> FindByCodeAsync(string code, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnitSummary>> ListAsync(CancellationToken cancellationToken);

    Task<DeskSummary?> FindDeskAsync(Guid deskId, CancellationToken cancellationToken);

    /// <summary>The one-stop desks attached to a unit, the main one first (by kind, then code).</summary>
    Task<IReadOnlyList<DeskSummary>> ListDesksForUnitAsync(Guid unitId, CancellationToken cancellationToken);
}
