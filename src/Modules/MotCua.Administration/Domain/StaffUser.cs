using Microsoft.AspNetCore.Identity;

namespace MotCua.Administration.Domain;

/// <summary>A staff account (cán bộ, công chức). Its role(s) are Identity roles; its scope is its unit.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public const int FullNameMaxLength = 128;

    public string FullName { get; set; } = string.Empty;

    public Guid UnitId { get; set; }

    public string? Title { get; set; }

    public bool IsDemo { get; set; }
}
