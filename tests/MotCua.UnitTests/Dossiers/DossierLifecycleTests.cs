using MotCua.Dossiers.Domain;
using MotCua.Kernel.Results;
using Shouldly;

namespace MotCua.UnitTests.Dossiers;

/// <summary>Every (state, trigger) pair: the rows of the table lead where they say, everything else is refused with a reason.</summary>
public sealed class DossierLifecycleTests
{
    public static TheoryData<DossierState, DossierTrigger> Rows()
    {
        var data = new TheoryData<DossierState, DossierTrigger>();
        foreach (var row in DossierLifecycle.Transitions.Where(t => t.From is not null))
        {
            data.Add(row.From!.Value, row.Trigger);
        }

        return data;
    }

    public static TheoryData<DossierState, DossierTrigger> PairsOutsideTheTable()
    {
        var data = new TheoryData<DossierState, DossierTrigger>();
        foreach (var state in Enum.GetValues<DossierState>())
        {
            foreach (var trigger in Enum.GetValues<DossierTrigger>())
            {
                if (DossierLifecycle.Find(state, trigger) is null)
                {
                    data.Add(state, trigger);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_row_of_the_table_leads_to_its_stated_state_and_is_recorded(DossierState from, DossierTrigger trigger)
    {
        var row = DossierLifecycle.Find(from, trigger)!;
        var dossier = trigger == DossierTrigger.SubmitForApproval ? ADossier.OnLastStep() : ADossier.InState(from);
        dossier.State.ShouldBe(from);
        var version = dossier.Version;

        ADossier.Fire(dossier, trigger).ShouldBeNull();

        dossier.State.ShouldBe(row.To);
        dossier.Status.ShouldBe(row.To.National());
        dossier.Version.ShouldBe(version + 1);
        var entry = dossier.History[^1];
        (entry.From, entry.Trigger, entry.To).ShouldBe(((DossierState?)from, trigger, row.To));
        entry.Actor.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(PairsOutsideTheTable))]
    public void Every_pair_outside_the_table_is_refused_with_a_reason_and_changes_nothing(DossierState from, DossierTrigger trigger)
    {
        var dossier = ADossier.InState(from);
        var (version, history) = (dossier.Version, dossier.History.Count);

        var error = ADossier.Fire(dossier, trigger);

        error.ShouldNotBeNull();
        error.Kind.ShouldBe(ErrorKind.Conflict);
        error.Message.ShouldContain(trigger.Label().ToLowerInvariant());
        dossier.State.ShouldBe(from);
        dossier.Version.ShouldBe(version);
        dossier.History.Count.ShouldBe(history);
    }

    [Fact]
    public void The_creating_triggers_start_every_dossier_as_submitted()
    {
        foreach (var trigger in Enum.GetValues<DossierTrigger>().Where(t => t.Creates()))
        {
            var dossier = Dossier.Receive(trigger, ADossier.Intake(), ADossier.Officer, ADossier.MondayMorning).Value!;
            dossier.State.ShouldBe(DossierState.Submitted);
            dossier.Status.ShouldBe(NationalStatus.Registered);
            dossier.History.ShouldHaveSingleItem().From.ShouldBeNull();
        }

        Dossier.Receive(DossierTrigger.Accept, ADossier.Intake(), ADossier.Officer, ADossier.MondayMorning).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void Terminal_states_have_no_way_out_and_every_other_state_has_one()
    {
        foreach (var state in Enum.GetValues<DossierState>())
        {
            var outgoing = DossierLifecycle.Transitions.Count(t => t.From == state);
            if (state.IsTerminal())
            {
                outgoing.ShouldBe(0, $"{state} is terminal");
            }
            else
            {
                outgoing.ShouldBeGreaterThan(0, $"{state} is stuck");
            }
        }
    }

    [Fact]
    public void Each_internal_state_maps_to_one_national_status_and_every_national_status_is_reached()
    {
        var reached = Enum.GetValues<DossierState>().Select(s => s.National()).Distinct().Order().ToList();
        reached.ShouldBe(Enum.GetValues<NationalStatus>().Order().ToList());
        DossierState.AwaitingApproval.National().ShouldBe(NationalStatus.InProcessing);
        DossierState.AtOtherAgency.National().ShouldBe(NationalStatus.InProcessing);
        DossierState.AwaitingSupplementAtIntake.National().ShouldBe(NationalStatus.SupplementRequested);
        DossierState.AwaitingFinancialObligation.National().ShouldBe(NationalStatus.FinancialObligationRequested);
    }

    [Fact]
    public void Every_state_is_reachable_from_a_creating_trigger()
    {
        var reached = new HashSet<DossierState>();
        var frontier = new Queue<DossierState>(DossierLifecycle.Transitions.Where(t => t.From is null).Select(t => t.To));
        while (frontier.TryDequeue(out var state))
        {
            if (reached.Add(state))
            {
                foreach (var next in DossierLifecycle.Transitions.Where(t => t.From == state))
                {
                    frontier.Enqueue(next.To);
                }
            }
        }

        reached.Count.ShouldBe(Enum.GetValues<DossierState>().Length);
    }

    [Fact]
    public void A_second_apology_is_refused_citing_the_decree()
    {
        var dossier = ADossier.InState(DossierState.InProcessing);
        ADossier.Fire(dossier, DossierTrigger.Apologize).ShouldBeNull();

        var error = ADossier.Fire(dossier, DossierTrigger.Apologize);

        error.ShouldNotBeNull();
        error.Kind.ShouldBe(ErrorKind.Conflict);
        error.Message.ShouldContain("Điều 19 khoản 9");
    }

    [Fact]
    public void A_step_cannot_go_forward_before_someone_is_assigned()
    {
        var dossier = ADossier.ReceivedAt(ADossier.MondayMorning);
        ADossier.Done(dossier.Transfer(ADossier.Officer, ADossier.MondayMorning.AddHours(1), ADossier.Time));

        var error = dossier.CompleteStep("chuyenvien", ADossier.MondayMorning.AddHours(2), null, ADossier.Time);

        error.ShouldNotBeNull();
        error.Message.ShouldContain("chưa được phân công");
    }

    [Fact]
    public void Approval_is_asked_only_from_the_last_step_and_the_last_step_does_not_go_forward()
    {
        var middle = ADossier.InState(DossierState.InProcessing);
        ADossier.Fire(middle, DossierTrigger.SubmitForApproval)!.Message.ShouldContain("Chưa đến bước cuối");

        var last = ADossier.OnLastStep();
        ADossier.Fire(last, DossierTrigger.CompleteStep)!.Message.ShouldContain("bước cuối");
    }

    [Fact]
    public void The_first_step_has_nothing_to_return_to()
    {
        var dossier = ADossier.InProcessingFrom(ADossier.MondayMorning, ADossier.MondayMorning.AddHours(1));

        ADossier.Fire(dossier, DossierTrigger.ReturnToStep)!.Message.ShouldContain("bước đầu tiên");
    }

    [Fact]
    public void Returning_to_an_earlier_step_adds_a_row_to_the_control_slip()
    {
        var dossier = ADossier.InState(DossierState.InProcessing);
        var rows = dossier.Steps.Count;

        ADossier.Fire(dossier, DossierTrigger.ReturnToStep).ShouldBeNull();

        dossier.Steps.Count.ShouldBe(rows + 1);
        dossier.Steps[^2].Note!.ShouldStartWith("Trả lại");
        dossier.CurrentStep!.PlanIndex.ShouldBe(0);
        dossier.CurrentStep.Assignee.ShouldBeNull();
    }

    [Fact]
    public void Bad_arguments_are_refused_after_the_table_agrees_and_change_nothing()
    {
        var dossier = ADossier.InState(DossierState.ResultReady);
        var version = dossier.Version;

        var error = dossier.ReturnResult(ADossier.Officer, ADossier.MondayMorning.AddDays(1), ReturnMethod.AtDesk, " ", ADossier.MondayMorning.AddDays(2));

        error!.Kind.ShouldBe(ErrorKind.Validation);
        error.Fields!.Keys.ShouldBe(["receivedBy", "returnedAt"], ignoreOrder: true);
        dossier.Version.ShouldBe(version);
        dossier.State.ShouldBe(DossierState.ResultReady);
    }
}
