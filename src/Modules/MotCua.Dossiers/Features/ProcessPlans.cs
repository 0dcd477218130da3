using MotCua.Administration.Contracts;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Domain;

namespace MotCua.Dossiers.Features;

/// <summary>The steps a dossier will go through, fixed at intake from the procedure version then in force.</summary>
internal sealed class ProcessPlans(IOrganisationDirectory directory)
{
    /// <summary>
    /// The internal process of the version in force, without the desk's own steps (intake and return are the desk's
    /// transitions) and without a closing signature by a leader, which is the approval state ("chờ ký duyệt"); one
    /// step at the implementing unit when no process was approved.
    /// </summary>
    public async Task<List<StepPlan>> ForAsync(ProcedureAtIntake procedure, UnitSummary unit, DossierChannel channel, CancellationToken cancellationToken)
    {
        var units = (await directory.ListAsync(cancellationToken)).ToDictionary(u => u.Id);
        var plan = new List<StepPlan>();
        foreach (var step in procedure.Steps.Where(s => s.Role != StaffRoles.DeskOfficer))
        {
            var at = units.GetValueOrDefault(step.UnitId ?? unit.Id) ?? unit;
            plan.Add(new StepPlan(step.Name, step.Role, at.Id, at.Path, at.Name, step.Budget));
        }

        if (plan.Count > 1 && plan[^1].Role is StaffRoles.AgencyLeader or StaffRoles.DepartmentLeader)
        {
            plan.RemoveAt(plan.Count - 1);
        }

        return plan.Count > 0
            ? plan
            : [new StepPlan("Thẩm định, giải quyết hồ sơ", StaffRoles.ProcessingOfficer, unit.Id, unit.Path, unit.Name, procedure.TimeLimitFor((IntakeChannel)channel))];
    }
}
