namespace MotCua.Administration.Contracts;

public sealed record UnitSummary(Guid Id, string Code, string Name, UnitKind Kind, Guid? ParentId, string Path);

/// <summary>Read access to the organisation tree for other modules.</summary>
public interface IOrganisationDirectory
{
    Task<UnitSummary?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<UnitSummary?> FindByCodeAsync(string code, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnitSummary>> ListAsync(CancellationToken cancellationToken);
}
