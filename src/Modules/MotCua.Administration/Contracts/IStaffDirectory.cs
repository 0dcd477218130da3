namespace MotCua.Administration.Contracts;

public sealed record StaffMember(string Email, string FullName, string? Title, Guid UnitId, string UnitName);

/// <summary>Read access to staff accounts for other modules: who acted, and who may be assigned work in a unit.</summary>
public interface IStaffDirectory
{
    /// <summary>Full names by e-mail (the identity recorded on dossiers); unknown e-mails are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> FullNamesAsync(IEnumerable<string?> emails, CancellationToken cancellationToken);

    /// <summary>Active (not locked) staff who carry the work of the unit with this path: its own and its phòng's, by name.</summary>
    Task<IReadOnlyList<StaffMember>> ActiveCarryingAsync(string unitPath, CancellationToken cancellationToken);

    /// <summary>
    /// Active leaders of the unit with this path: its agency leaders and the department leaders of the unit and of its
    /// phòng (who are warned of its dossiers' deadlines), by name.
    /// </summary>
    Task<IReadOnlyList<StaffMember>> ActiveLeadersAsync(string unitPath, CancellationToken cancellationToken);
}
