using Microsoft.AspNetCore.Identity;
using MotCua.Kernel.Text;

namespace MotCua.Administration.Domain;

/// <summary>A staff account (cán bộ, công chức). Its role(s) are Identity roles; its scope is its unit.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public const int FullNameMaxLength = 128;

    private string _fullName = string.Empty;

    public string FullName
    {
        get => _fullName;
        set
        {
            _fullName = value;
            SearchName = VietnameseText.Fold(value);
        }
    }

    /// <summary>The full name folded (no diacritics, lower case), so the staff list can search and sort it in SQL.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public Guid UnitId { get; set; }

    public string? Title { get; set; }

    public bool IsDemo { get; set; }
}
