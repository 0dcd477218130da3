namespace MotCua.Administration.Contracts;

/// <summary>
/// Staff roles. Each account belongs to one unit; roles marked "subtree" act on that unit and every unit below it,
/// the others on their own unit only.
/// </summary>
public static class StaffRoles
{
    public const string SystemAdmin = "SystemAdmin";
    public const string ControlOfficer = "ControlOfficer";
    public const string DeskOfficer = "DeskOfficer";
    public const string ProcessingOfficer = "ProcessingOfficer";
    public const string DepartmentLeader = "DepartmentLeader";
    public const string AgencyLeader = "AgencyLeader";

    public static readonly IReadOnlyList<string> All =
        [SystemAdmin, ControlOfficer, DeskOfficer, ProcessingOfficer, DepartmentLeader, AgencyLeader];

    public static bool CoversSubtree(string role) =>
        role is SystemAdmin or ControlOfficer or DepartmentLeader or AgencyLeader;

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
