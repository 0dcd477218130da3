using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Administration.Features.ShowUnitTree;
using Shouldly;

namespace MotCua.UnitTests.Administration;

public sealed class OrganisationUnitTests
{
    [Theory]
    [InlineData(null, UnitKind.Province)]
    [InlineData(UnitKind.Province, UnitKind.ProvincialAgency)]
    [InlineData(UnitKind.Province, UnitKind.DistrictCommittee)]
    [InlineData(UnitKind.ProvincialAgency, UnitKind.Department)]
    [InlineData(UnitKind.DistrictCommittee, UnitKind.Department)]
    [InlineData(UnitKind.DistrictCommittee, UnitKind.Commune)]
    public void A_province_is_shaped_province_then_agencies_and_districts_then_departments_and_communes(UnitKind? parent, UnitKind child) =>
        OrganisationUnit.CanContain(parent, child).ShouldBeTrue();

    [Theory]
    [InlineData(null, UnitKind.Commune)]
    [InlineData(UnitKind.Province, UnitKind.Province)]
    [InlineData(UnitKind.Province, UnitKind.Commune)]
    [InlineData(UnitKind.Province, UnitKind.Department)]
    [InlineData(UnitKind.ProvincialAgency, UnitKind.Commune)]
    [InlineData(UnitKind.Commune, UnitKind.Department)]
    [InlineData(UnitKind.Department, UnitKind.Department)]
    public void Units_out_of_place_are_refused(UnitKind? parent, UnitKind child) =>
        OrganisationUnit.CanContain(parent, child).ShouldBeFalse();

    [Fact]
    public void A_unit_path_is_its_parents_path_followed_by_its_own_code()
    {
        var province = OrganisationUnit.Create(Guid.NewGuid(), "000.00.00.H40", "UBND tỉnh", UnitKind.Province, null, 1, isDemo: false);
        var district = OrganisationUnit.Create(Guid.NewGuid(), " 000.00.53.H40 ", "UBND thị xã Sa Pa", UnitKind.DistrictCommittee, province, 1, isDemo: false);
        var commune = OrganisationUnit.Create(Guid.NewGuid(), "000.22.53.H40", "UBND xã Tả Phìn", UnitKind.Commune, district, 1, isDemo: false);

        province.Path.ShouldBe("/000.00.00.H40/");
        district.Path.ShouldBe("/000.00.00.H40/000.00.53.H40/");
        commune.Path.ShouldBe("/000.00.00.H40/000.00.53.H40/000.22.53.H40/");
        commune.ParentId.ShouldBe(district.Id);
        (province.Depth, district.Depth, commune.Depth).ShouldBe((0, 1, 2));
    }

    [Fact]
    public void Renaming_keeps_the_code_and_the_path()
    {
        var province = OrganisationUnit.Create(Guid.NewGuid(), "000.00.00.H40", "UBND tỉnh", UnitKind.Province, null, 1, isDemo: false);

        province.Rename("  Ủy ban nhân dân tỉnh Lào Cai ", 3);

        (province.Name, province.SortOrder, province.Code, province.Path).ShouldBe(("Ủy ban nhân dân tỉnh Lào Cai", 3, "000.00.00.H40", "/000.00.00.H40/"));
    }

    [Theory]
    [InlineData("000.00.12.H40")]
    [InlineData("G09.20")]
    [InlineData("H40")]
    public void Identifier_codes_are_digits_and_capitals_in_dot_separated_groups(string code) =>
        OrganisationUnit.IsValidCode(code).ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("000.00.12.h40")]
    [InlineData("000 00 12")]
    [InlineData(".000.12")]
    [InlineData("000..12")]
    [InlineData("000.12.")]
    [InlineData("000/12")]
    [InlineData("000.00.12.H40.000.00.12.H40.00000")]
    public void Other_codes_are_refused(string code) => OrganisationUnit.IsValidCode(code).ShouldBeFalse();

    [Theory]
    [InlineData(DeskKind.ProvincialServiceCentre, UnitKind.Province, true)]
    [InlineData(DeskKind.BorderGateStation, UnitKind.Province, true)]
    [InlineData(DeskKind.DistrictDesk, UnitKind.DistrictCommittee, true)]
    [InlineData(DeskKind.CommuneDesk, UnitKind.Commune, true)]
    [InlineData(DeskKind.AgencyDesk, UnitKind.ProvincialAgency, true)]
    [InlineData(DeskKind.CommuneDesk, UnitKind.DistrictCommittee, false)]
    [InlineData(DeskKind.ProvincialServiceCentre, UnitKind.Commune, false)]
    [InlineData(DeskKind.DistrictDesk, UnitKind.Department, false)]
    public void A_desk_serves_a_unit_of_its_own_level(DeskKind desk, UnitKind unit, bool expected) =>
        OneStopDesk.CanAttachTo(desk, unit).ShouldBe(expected);

    [Fact]
    public void The_tree_lists_each_unit_under_its_parent_with_siblings_by_sort_order()
    {
        var province = OrganisationUnit.Create(Guid.NewGuid(), "P", "Tỉnh", UnitKind.Province, null, 1, isDemo: false);
        var districtB = OrganisationUnit.Create(Guid.NewGuid(), "D2", "Huyện B", UnitKind.DistrictCommittee, province, 2, isDemo: false);
        var districtA = OrganisationUnit.Create(Guid.NewGuid(), "D1", "Huyện A", UnitKind.DistrictCommittee, province, 1, isDemo: false);
        var communeOfB = OrganisationUnit.Create(Guid.NewGuid(), "C1", "Xã của B", UnitKind.Commune, districtB, 1, isDemo: false);
        var communeOfA = OrganisationUnit.Create(Guid.NewGuid(), "C2", "Xã của A", UnitKind.Commune, districtA, 1, isDemo: false);

        var order = UnitTreeQuery.InTreeOrder([communeOfB, districtB, communeOfA, province, districtA]).Select(u => u.Code).ToList();

        order.ShouldBe(["P", "D1", "C2", "D2", "C1"]);
    }
}
