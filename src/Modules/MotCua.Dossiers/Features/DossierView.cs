using System.Security.Claims;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Calendar;

namespace MotCua.Dossiers.Features;

public sealed record ProcedureRef(string Code, string Name, int VersionNumber);

public sealed record DeskRef(string Code, string Name);

public sealed record TimeLimitView(decimal Amount, DurationUnit Unit);

public sealed record ComponentView(int Number, string Name, int Originals, int Copies, DigitizedFile? File);

public sealed record SupplementView(int Sequence, SupplementStage Stage, DateTime RequestedAt, string RequestedBy, DateTime? CompletedAt, IReadOnlyList<ReasonItem> Items, string? Contact);

public sealed record PauseView(int Sequence, DateTime StartedAt, DateTime? EndedAt, string Description, long? AmountDong);

public sealed record StepView(
    int Sequence, int PlanIndex, string Name, string Role, string UnitName, string UnitPath, bool AtOtherAgency, string? Assignee,
    DateTime StartedAt, DateTime DueAt, DateTime? FinishedAt, Timeliness? Judgement, string? Note);

public sealed record PlannedStepView(int Index, string Name, string Role, string UnitName, TimeLimitView Budget);

public sealed record ResultView(string DocumentNumber, DigitizedFile? File, DateTime ReadyAt, ReturnMethod? Method, string? ReceivedBy, DateTime? ReturnedAt);

public sealed record HistoryView(int Sequence, DateTime At, string Actor, DossierTrigger Trigger, string Action, DossierState? From, DossierState To, string? Reason);

public sealed record ApologyView(DateTime At, DateTime NewAppointmentAt, string Reason, string By);

/// <summary>A dossier as staff see it: everything forms 01–06 need, and the actions this user may take now.</summary>
public sealed record DossierView(
    string Code,
    int Version,
    DossierState State,
    string StateName,
    int StatusCode,
    string StatusName,
    string Regime,
    DossierChannel Channel,
    ProcedureRef Procedure,
    DeskRef Desk,
    Applicant Applicant,
    Representative? Representative,
    string? RequestSummary,
    TimeLimitView TimeLimit,
    IReadOnlyList<ComponentView> Components,
    DateTime SubmittedAt,
    DateTime? ReceivedAt,
    DateTime? LegalDueAt,
    DateTime? AppointmentAt,
    ApologyView? Apology,
    DateTime? ProcessingEndedAt,
    Timeliness? Timeliness,
    bool LateBySecondSupplement,
    IReadOnlyList<ReasonItem> RefusalReasons,
    string? StopReason,
    IReadOnlyList<SupplementView> Supplements,
    IReadOnlyList<PauseView> Pauses,
    IReadOnlyList<PlannedStepView> Plan,
    IReadOnlyList<StepView> Steps,
    StepView? CurrentStep,
    ResultView? Result,
    IReadOnlyList<HistoryView> History,
    IReadOnlyList<DossierTrigger> AllowedActions)
{
    /// <summary>The staff identities the view names (actors, assignees, requesters), for showing their names.</summary>
    public IEnumerable<string?> StaffInvolved =>
        History.Select(h => h.Actor)
            .Concat(Steps.Select(s => s.Assignee))
            .Concat(Supplements.Select(s => s.RequestedBy))
            .Append(Apology?.By);

    public static DossierView Of(Dossier d, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.Code,
            d.Version,
            d.State,
            d.State.Label(),
            (int)d.Status,
            d.Status.Label(),
            d.Regime,
            d.Channel,
            new ProcedureRef(d.ProcedureCode, d.ProcedureName, d.ProcedureVersionNumber),
            new DeskRef(d.DeskCode, d.DeskName),
            d.Applicant,
            d.Representative,
            d.RequestSummary,
            new TimeLimitView(d.TimeLimitAmount, d.TimeLimitUnit),
            d.Components.OrderBy(c => c.Number).Select(c => new ComponentView(c.Number, c.Name, c.Originals, c.Copies, c.File)).ToList(),
            Utc(d.SubmittedAtUtc),
            Utc(d.ReceivedAtUtc),
            Utc(d.LegalDueAtUtc),
            Utc(d.AppointmentAtUtc),
            d.Apology is { } a ? new ApologyView(Utc(a.ApologizedAtUtc), Utc(a.NewAppointmentAtUtc), a.Reason, a.By) : null,
            Utc(d.ProcessingEndedAtUtc),
            d.Timeliness,
            d.LateBySecondSupplement,
            d.RefusalReasons,
            d.StopReason,
            d.Supplements.OrderBy(s => s.Sequence).Select(s => new SupplementView(s.Sequence, s.Stage, Utc(s.RequestedAtUtc), s.RequestedBy, Utc(s.CompletedAtUtc), s.Items, s.Contact)).ToList(),
            d.Pauses.OrderBy(p => p.Sequence).Select(p => new PauseView(p.Sequence, Utc(p.StartedAtUtc), Utc(p.EndedAtUtc), p.Description, p.AmountDong)).ToList(),
            d.Plan.Select((p, i) => new PlannedStepView(i, p.Name, p.Role, p.UnitName, new TimeLimitView(p.Budget.Amount, p.Budget.Unit))).ToList(),
            d.Steps.OrderBy(s => s.Sequence).Select(Step).ToList(),
            d.CurrentStep is { } current ? Step(current) : null,
            d.Result is { } r ? new ResultView(r.DocumentNumber, r.File, Utc(r.ReadyAtUtc), r.Method, r.ReceivedBy, Utc(r.ReturnedAtUtc)) : null,
            d.History.OrderBy(h => h.Sequence).Select(h => new HistoryView(h.Sequence, Utc(h.AtUtc), h.Actor, h.Trigger, h.Trigger.Label(), h.From, h.To, h.Reason)).ToList(),
            AllowedFor(d, user));
    }

    /// <summary>The triggers the table allows now, whose guard passes, and that this user's duties cover.</summary>
    public static IReadOnlyList<DossierTrigger> AllowedFor(Dossier dossier, ClaimsPrincipal user) =>
        DossierLifecycle.Transitions
            .Where(t => t.From == dossier.State && t.Guard?.Invoke(dossier) is null && DossierAccess.May(user, dossier, t.Trigger))
            .Select(t => t.Trigger)
            .ToList();

    private static StepView Step(ProcessingStep s) => new(
        s.Sequence, s.PlanIndex, s.Name, s.Role, s.UnitName, s.UnitPath, s.AtOtherAgency, s.Assignee, Utc(s.StartedAtUtc), Utc(s.DueAtUtc), Utc(s.FinishedAtUtc), s.Judgement, s.Note);

    // SQLite gives instants back without a kind; they were written as UTC.
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
