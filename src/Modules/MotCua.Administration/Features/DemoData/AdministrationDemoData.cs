using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Kernel;

namespace MotCua.Administration.Features.DemoData;

public sealed record DemoAccount(string Email, string FullName, string Role, string UnitCode);

/// <summary>
/// A demo province shaped like the seeds (Lào Cai). Codes follow the QCVN 102:2016 pattern but are
/// demo values, flagged <c>IsDemo</c>.
/// </summary>
internal sealed class AdministrationDemoData(DbContext db, UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles) : IDemoDataSeeder
{
    public const string DemoPassword = "MotCua@2026";

    public const string ProvinceCode = "000.00.00.H40";
    public const string TransportCode = "000.00.10.H40";
    public const string JusticeCode = "000.00.12.H40";
    public const string PlanningCode = "000.00.15.H40";
    public const string LaoCaiCityCode = "000.00.51.H40";
    public const string LaoCaiEducationCode = "000.01.51.H40";
    public const string CocLeuCode = "000.20.51.H40";
    public const string KimTanCode = "000.21.51.H40";
    public const string SaPaCode = "000.00.53.H40";
    public const string SaPaOfficeCode = "000.01.53.H40";
    public const string SaPaWardCode = "000.20.53.H40";
    public const string TaVanCode = "000.21.53.H40";

    public static readonly IReadOnlyList<(string Code, string Name, UnitKind Kind, string? Parent)> Units =
    [
        (ProvinceCode, "Ủy ban nhân dân tỉnh Lào Cai", UnitKind.Province, null),
        (TransportCode, "Sở Giao thông vận tải", UnitKind.ProvincialAgency, ProvinceCode),
        ("000.01.10.H40", "Phòng Quản lý vận tải, phương tiện và người lái", UnitKind.Department, TransportCode),
        (JusticeCode, "Sở Tư pháp", UnitKind.ProvincialAgency, ProvinceCode),
        ("000.01.12.H40", "Phòng Hành chính tư pháp", UnitKind.Department, JusticeCode),
        (PlanningCode, "Sở Kế hoạch và Đầu tư", UnitKind.ProvincialAgency, ProvinceCode),
        ("000.01.15.H40", "Phòng Đăng ký kinh doanh", UnitKind.Department, PlanningCode),
        (LaoCaiCityCode, "Ủy ban nhân dân thành phố Lào Cai", UnitKind.DistrictCommittee, ProvinceCode),
        (LaoCaiEducationCode, "Phòng Giáo dục và Đào tạo thành phố Lào Cai", UnitKind.Department, LaoCaiCityCode),
        ("000.02.51.H40", "Phòng Tư pháp thành phố Lào Cai", UnitKind.Department, LaoCaiCityCode),
        (CocLeuCode, "Ủy ban nhân dân phường Cốc Lếu", UnitKind.Commune, LaoCaiCityCode),
        (KimTanCode, "Ủy ban nhân dân phường Kim Tân", UnitKind.Commune, LaoCaiCityCode),
        (SaPaCode, "Ủy ban nhân dân thị xã Sa Pa", UnitKind.DistrictCommittee, ProvinceCode),
        (SaPaOfficeCode, "Văn phòng HĐND và UBND thị xã Sa Pa", UnitKind.Department, SaPaCode),
        ("000.02.53.H40", "Phòng Tư pháp thị xã Sa Pa", UnitKind.Department, SaPaCode),
        (SaPaWardCode, "Ủy ban nhân dân phường Sa Pa", UnitKind.Commune, SaPaCode),
        (TaVanCode, "Ủy ban nhân dân xã Tả Van", UnitKind.Commune, SaPaCode),
    ];

    public static readonly IReadOnlyList<(string Code, string Name, DeskKind Kind, string UnitCode, string Address, string Phone)> Desks =
    [
        ("000.00.35.H40", "Trung tâm Phục vụ hành chính công tỉnh Lào Cai", DeskKind.ProvincialServiceCentre, ProvinceCode, "Tầng 1, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, thành phố Lào Cai", "0214 3840 888"),
        ("000.00.36.H40", "Trạm kiểm soát liên hợp cửa khẩu quốc tế đường bộ số II Kim Thành", DeskKind.BorderGateStation, ProvinceCode, "Khu thương mại Kim Thành, phường Duyên Hải, thành phố Lào Cai", "0214 3830 201"),
        ("000.30.51.H40", "Bộ phận Một cửa thành phố Lào Cai", DeskKind.DistrictDesk, LaoCaiCityCode, "Số 286 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai", "0214 3820 450"),
        ("000.30.53.H40", "Bộ phận Một cửa thị xã Sa Pa", DeskKind.DistrictDesk, SaPaCode, "Số 02 đường Xuân Viên, phường Sa Pa, thị xã Sa Pa", "0214 3871 246"),
        ("000.31.51.H40", "Bộ phận Một cửa phường Cốc Lếu", DeskKind.CommuneDesk, CocLeuCode, "Số 12 đường Nguyễn Huệ, phường Cốc Lếu, thành phố Lào Cai", "0214 3823 115"),
        ("000.31.53.H40", "Bộ phận Một cửa xã Tả Van", DeskKind.CommuneDesk, TaVanCode, "Thôn Tả Van Giáy 1, xã Tả Van, thị xã Sa Pa", "0214 3872 019"),
    ];

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@motcua.demo", "Quản trị hệ thống", StaffRoles.SystemAdmin, ProvinceCode),
        new("kiemsoat@motcua.demo", "Nguyễn Thị Thu Hà", StaffRoles.ControlOfficer, ProvinceCode),
        new("motcua.tinh@motcua.demo", "Lò Văn Minh", StaffRoles.DeskOfficer, ProvinceCode),
        new("chuyenvien.tuphap@motcua.demo", "Hoàng Thị Lan", StaffRoles.ProcessingOfficer, "000.01.12.H40"),
        new("truongphong.tuphap@motcua.demo", "Phạm Văn Đức", StaffRoles.DepartmentLeader, "000.01.12.H40"),
        new("giamdoc.tuphap@motcua.demo", "Trần Quốc Khánh", StaffRoles.AgencyLeader, JusticeCode),
        new("chuyenvien.gtvt@motcua.demo", "Vàng A Sử", StaffRoles.ProcessingOfficer, "000.01.10.H40"),
        new("motcua.sapa@motcua.demo", "Giàng Thị Mai", StaffRoles.DeskOfficer, SaPaCode),
        new("motcua.tavan@motcua.demo", "Lù Văn Thắng", StaffRoles.DeskOfficer, TaVanCode),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var byCode = new Dictionary<string, OrganisationUnit>(StringComparer.Ordinal);
        var order = 0;
        foreach (var (code, name, kind, parent) in Units)
        {
            var unit = OrganisationUnit.Create(DemoIds.Unit(code), code, name, kind, parent is null ? null : byCode[parent], ++order, isDemo: true);
            byCode[code] = unit;
            db.Add(unit);
        }

        foreach (var (code, name, kind, unitCode, address, phone) in Desks)
        {
            db.Add(OneStopDesk.Create(DemoIds.Unit(code), code, name, kind, byCode[unitCode].Id, address, phone, isDemo: true));
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = DemoIds.Unit("role:" + role) });
            }
        }

        foreach (var account in Accounts)
        {
            var user = new StaffUser
            {
                Id = DemoIds.Unit("staff:" + account.Email),
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.FullName,
                UnitId = byCode[account.UnitCode].Id,
                IsDemo = true,
            };
            Require(await users.CreateAsync(user, DemoPassword));
            Require(await users.AddToRoleAsync(user, account.Role));
        }
    }

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Stable identifiers for demo rows, so links and tests survive a re-seed.</summary>
public static class DemoIds
{
    public static Guid Unit(string key)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("motcua-demo:" + key));
        return new Guid(hash.AsSpan(0, 16));
    }
}
