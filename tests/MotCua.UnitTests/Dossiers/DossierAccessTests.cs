using System.Security.Claims;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features;
using Shouldly;

namespace MotCua.UnitTests.Dossiers;

/// <summary>Who may do what on a dossier received at the province desk ("/p/") for the Sở ("/p/a/"), steps at "/p/a/d/".</summary>
public sealed class DossierAccessTests
{
    [Fact]
    public void The_desk_that_received_it_acts_at_the_desk_but_does_not_process_or_approve()
    {
        var desk = Staff(StaffRoles.DeskOfficer, "/p/");
        var dossier = ADossier.InState(DossierState.Received);

        DossierAccess.Sees(desk, dossier).ShouldBeTrue();
        DossierAccess.May(desk, dossier, DossierTrigger.Transfer).ShouldBeTrue();
        DossierAccess.May(desk, dossier, DossierTrigger.Apologize).ShouldBeFalse();
        DossierAccess.May(desk, ADossier.InState(DossierState.InProcessing), DossierTrigger.CompleteStep).ShouldBeFalse();
    }

    [Fact]
    public void Another_desk_does_not_even_see_it()
    {
        var otherDesk = Staff(StaffRoles.DeskOfficer, "/p/s/");

        DossierAccess.Sees(otherDesk, ADossier.InState(DossierState.Received)).ShouldBeFalse();
    }

    [Fact]
    public void Officers_of_the_step_unit_process_and_leaders_above_approve()
    {
        var dossier = ADossier.InState(DossierState.InProcessing);
        var officer = Staff(StaffRoles.ProcessingOfficer, "/p/a/d/");
        var departmentHead = Staff(StaffRoles.DepartmentLeader, "/p/a/d/", subtree: true);
        var director = Staff(StaffRoles.AgencyLeader, "/p/a/", subtree: true);
        var elsewhere = Staff(StaffRoles.ProcessingOfficer, "/p/b/d/");

        DossierAccess.May(officer, dossier, DossierTrigger.CompleteStep).ShouldBeTrue();
        DossierAccess.May(elsewhere, dossier, DossierTrigger.CompleteStep).ShouldBeFalse();
        DossierAccess.Sees(elsewhere, dossier).ShouldBeFalse();

        var waiting = ADossier.InState(DossierState.AwaitingApproval);
        DossierAccess.May(director, waiting, DossierTrigger.Approve).ShouldBeTrue();
        DossierAccess.May(departmentHead, waiting, DossierTrigger.Approve).ShouldBeFalse();
        DossierAccess.May(officer, waiting, DossierTrigger.Approve).ShouldBeFalse();
    }

    [Fact]
    public void A_step_of_the_agency_is_carried_by_its_departments_but_never_by_a_commune_below_a_district()
    {
        var atTheSo = ADossier.InState(DossierState.InProcessing);
        var departmentOfficer = Staff(StaffRoles.ProcessingOfficer, "/p/a/x/", departmentOf: "/p/a/");
        var communeOfficer = Staff(StaffRoles.ProcessingOfficer, "/p/a/c/");

        DossierAccess.CarriesFor(departmentOfficer, "/p/a/").ShouldBeTrue();
        DossierAccess.CarriesFor(communeOfficer, "/p/a/").ShouldBeFalse();
        DossierAccess.CarriesFor(departmentOfficer, "/p/").ShouldBeFalse();
        DossierAccess.Sees(communeOfficer, atTheSo).ShouldBeFalse();
    }

    [Fact]
    public void The_actions_offered_are_those_the_table_the_guards_and_the_duties_allow()
    {
        var dossier = ADossier.InState(DossierState.InProcessing);

        DossierView.AllowedFor(dossier, Staff(StaffRoles.DeskOfficer, "/p/")).ShouldBe([DossierTrigger.Withdraw]);
        DossierView.AllowedFor(dossier, Staff(StaffRoles.ProcessingOfficer, "/p/a/d/"))
            .ShouldBe([DossierTrigger.AssignHandler, DossierTrigger.CompleteStep, DossierTrigger.ReturnToStep, DossierTrigger.SendToOtherAgency,
                DossierTrigger.RequestSupplement, DossierTrigger.RequestFinancialObligation, DossierTrigger.Stop], ignoreOrder: true);
    }

    private static ClaimsPrincipal Staff(string role, string unitPath, bool subtree = false, string? departmentOf = null) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.Email, role + unitPath.Replace('/', '.') + "@motcua.demo"),
        new Claim(ClaimTypes.Role, role),
        new Claim(StaffScope.UnitIdClaim, Guid.NewGuid().ToString()),
        new Claim(StaffScope.UnitPathClaim, unitPath),
        new Claim(StaffScope.SubtreeClaim, subtree ? "true" : "false"),
        .. departmentOf is null ? Array.Empty<Claim>() : [new Claim(StaffScope.DepartmentOfClaim, departmentOf)],
    ], "test"));
}
