using System.Security.Claims;
using MotCua.Administration.Contracts;
using Shouldly;

namespace MotCua.UnitTests.Administration;

public sealed class StaffScopeTests
{
    private const string SaPa = "/000.00.00.H40/000.00.53.H40/";
    private const string TaVan = "/000.00.00.H40/000.00.53.H40/000.21.53.H40/";
    private const string LaoCaiCity = "/000.00.00.H40/000.00.51.H40/";

    [Fact]
    public void A_desk_officer_covers_their_own_unit_only()
    {
        var officer = Staff(StaffRoles.DeskOfficer, SaPa);

        officer.Covers(SaPa).ShouldBeTrue();
        officer.Covers(TaVan).ShouldBeFalse();
        officer.Covers(LaoCaiCity).ShouldBeFalse();
    }

    [Fact]
    public void A_leader_covers_their_unit_and_every_unit_below_it()
    {
        var leader = Staff(StaffRoles.AgencyLeader, SaPa);

        leader.Covers(SaPa).ShouldBeTrue();
        leader.Covers(TaVan).ShouldBeTrue();
        leader.Covers(LaoCaiCity).ShouldBeFalse();
        leader.Covers("/000.00.00.H40/").ShouldBeFalse();
    }

    [Fact]
    public void A_system_administrator_covers_every_unit() =>
        Staff(StaffRoles.SystemAdmin, TaVan).Covers(LaoCaiCity).ShouldBeTrue();

    [Fact]
    public void A_sibling_whose_code_starts_like_the_unit_is_not_below_it()
    {
        // Paths end with "/", so "000.00.5" never matches "000.00.53.H40" as a prefix.
        var leader = Staff(StaffRoles.DepartmentLeader, "/000.00.00.H40/000.00.5/");

        leader.Covers(SaPa).ShouldBeFalse();
    }

    [Fact]
    public void Someone_without_a_unit_covers_nothing() =>
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, StaffRoles.SystemAdmin)], "test")).Covers(SaPa).ShouldBeFalse();

    private static ClaimsPrincipal Staff(string role, string unitPath) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Role, role),
                new Claim(StaffScope.UnitIdClaim, Guid.NewGuid().ToString()),
                new Claim(StaffScope.UnitPathClaim, unitPath),
                new Claim(StaffScope.SubtreeClaim, StaffRoles.CoversSubtree(role) ? "true" : "false"),
            ],
            "test"));
}
