using MotCua.Dossiers.Domain;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Results;

namespace MotCua.UnitTests.Dossiers;

/// <summary>Builders named after the domain: dossiers in every state, reached through the lifecycle itself.</summary>
internal static class ADossier
{
    public const string Officer = "motcua.tinh@motcua.demo";

    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public static readonly DateTime MondayMorning = Utc(2026, 3, 2, 9, 0);

    public static readonly LegalTime Time = new(WorkingCalendar.WeekendsOnly, OfficeHours.Default);

    public static readonly LegalDuration FiveWorkingDays = new(5, DurationUnit.WorkingDays);

    public static readonly Guid Unit = Guid.Parse("22222222-2222-2222-2222-222222222222");

    public static IReadOnlyList<StepPlan> ThreeSteps { get; } =
    [
        new("Thẩm định hồ sơ", "ProcessingOfficer", Unit, "/p/a/d/", "Phòng Hành chính tư pháp", new LegalDuration(2, DurationUnit.WorkingDays)),
        new("Xác minh", "ProcessingOfficer", Unit, "/p/a/d/", "Phòng Hành chính tư pháp", new LegalDuration(1, DurationUnit.WorkingDays)),
        new("Trình lãnh đạo", "DepartmentLeader", Unit, "/p/a/d/", "Phòng Hành chính tư pháp", new LegalDuration(4, DurationUnit.WorkingHours)),
    ];

    /// <summary>A Vietnam wall-clock time as UTC.</summary>
    public static DateTime Utc(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)).UtcDateTime;

    public static DossierIntake Intake(LegalDuration? limit = null) => new(
        "000.00.35.H40-260302-0001",
        Guid.NewGuid(), "000.00.35.H40", "Trung tâm Phục vụ hành chính công tỉnh", "/p/",
        Unit, "/p/a/",
        Guid.NewGuid(), Guid.NewGuid(), 1, "1.001234", "Cấp Phiếu lý lịch tư pháp",
        DossierChannel.Direct, limit ?? FiveWorkingDays,
        new Applicant(ApplicantKind.Person, "Nguyễn Văn An", "010090001234", "Cốc Lếu, Lào Cai", "0912345678", null),
        null, "Cấp Phiếu lý lịch tư pháp số 1",
        [new SubmittedComponent(1, "Tờ khai", 1, 0, null)],
        ThreeSteps);

    public static Dossier SubmittedAt(DateTime atUtc, LegalDuration? limit = null) =>
        Ok(Dossier.Receive(DossierTrigger.ReceiveAtDesk, Intake(limit), Officer, atUtc));

    public static Dossier ReceivedAt(DateTime atUtc, LegalDuration? limit = null)
    {
        var dossier = SubmittedAt(atUtc, limit);
        Done(dossier.Accept(Officer, atUtc, Time));
        return dossier;
    }

    /// <summary>Transferred at <paramref name="atUtc"/>, first step assigned.</summary>
    public static Dossier InProcessingFrom(DateTime receivedAtUtc, DateTime atUtc, LegalDuration? limit = null)
    {
        var dossier = ReceivedAt(receivedAtUtc, limit);
        Done(dossier.Transfer(Officer, atUtc, Time));
        Done(dossier.AssignHandler("truongphong", atUtc, "chuyenvien"));
        return dossier;
    }

    /// <summary>A dossier in <paramref name="state"/>, reached by the shortest ordinary path; an hour passes per action.</summary>
    public static Dossier InState(DossierState state)
    {
        var clock = new Steps(MondayMorning);
        Dossier dossier;
        switch (state)
        {
            case DossierState.Submitted:
                return SubmittedAt(clock.Next());
            case DossierState.AwaitingSupplementAtIntake:
                dossier = SubmittedAt(clock.Next());
                Done(dossier.RequestSupplement(Officer, clock.Next(), [new ReasonItem(1, "Tờ khai chưa ký")], null));
                return dossier;
            case DossierState.Refused:
                dossier = SubmittedAt(clock.Next());
                Done(dossier.Refuse(Officer, clock.Next(), [new ReasonItem(null, "Không thuộc thẩm quyền")]));
                return dossier;
            case DossierState.Received:
                return ReceivedAt(clock.Next());
            case DossierState.InProcessing:
                // On the middle step, assigned: it may go forward or back.
                dossier = InProcessingFrom(clock.Next(), clock.Next());
                Done(dossier.CompleteStep("chuyenvien", clock.Next(), null, Time));
                Done(dossier.AssignHandler("truongphong", clock.Next(), "chuyenvien"));
                return dossier;
            case DossierState.AwaitingApproval:
                dossier = OnLastStep();
                Done(dossier.SubmitForApproval("chuyenvien", MondayMorning.AddHours(10), null));
                return dossier;
            case DossierState.Approved:
                dossier = InState(DossierState.AwaitingApproval);
                Done(dossier.Approve("giamdoc", MondayMorning.AddHours(11), null));
                return dossier;
            case DossierState.AtOtherAgency:
                dossier = InState(DossierState.InProcessing);
                Done(dossier.SendToOtherAgency("chuyenvien", MondayMorning.AddHours(10), "Công an tỉnh", "Xác minh nhân thân", new LegalDuration(3, DurationUnit.WorkingDays), Time));
                return dossier;
            case DossierState.AwaitingSupplement:
                dossier = InState(DossierState.InProcessing);
                Done(dossier.RequestSupplement("chuyenvien", MondayMorning.AddHours(10), [new ReasonItem(1, "Bổ sung bản sao giấy khai sinh")], "Chị Lan, 0214 3840 888"));
                return dossier;
            case DossierState.AwaitingFinancialObligation:
                dossier = InState(DossierState.InProcessing);
                Done(dossier.RequestFinancialObligation("chuyenvien", MondayMorning.AddHours(10), "Lệ phí cấp phiếu", 200_000));
                return dossier;
            case DossierState.Withdrawn:
                dossier = ReceivedAt(clock.Next());
                Done(dossier.Withdraw(Officer, clock.Next(), "Công dân không còn nhu cầu"));
                return dossier;
            case DossierState.Stopped:
                dossier = InState(DossierState.InProcessing);
                Done(dossier.Stop("chuyenvien", MondayMorning.AddHours(10), "Không đủ điều kiện cấp phiếu"));
                return dossier;
            case DossierState.ResultReady:
                dossier = InState(DossierState.Approved);
                Done(dossier.MarkResultReady("chuyenvien", MondayMorning.AddHours(12), "123/STP-LLTP", null));
                return dossier;
            case DossierState.Returned:
                dossier = InState(DossierState.ResultReady);
                Done(dossier.ReturnResult(Officer, MondayMorning.AddHours(13), ReturnMethod.AtDesk, "Nguyễn Văn An", MondayMorning.AddHours(13)));
                return dossier;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }
    }

    /// <summary>In processing on the last step of the plan, assigned: ready to be submitted for approval.</summary>
    public static Dossier OnLastStep()
    {
        var dossier = InState(DossierState.InProcessing);
        Done(dossier.CompleteStep("chuyenvien", MondayMorning.AddHours(8), null, Time));
        Done(dossier.AssignHandler("truongphong", MondayMorning.AddHours(9), "truongphong"));
        return dossier;
    }

    /// <summary>Fires <paramref name="trigger"/> with valid arguments, one hour after the dossier's last change.</summary>
    public static Error? Fire(Dossier dossier, DossierTrigger trigger)
    {
        var at = dossier.History[^1].AtUtc.AddHours(1);
        return trigger switch
        {
            DossierTrigger.ReceiveAtDesk or DossierTrigger.ReceiveByPost or DossierTrigger.SubmitOnline =>
                DossierLifecycle.Next(dossier, trigger).Error,
            DossierTrigger.Accept => dossier.Accept(Officer, at, Time),
            DossierTrigger.RequestSupplement => dossier.RequestSupplement(Officer, at, [new ReasonItem(1, "Tờ khai chưa ký")], null),
            DossierTrigger.SupplySupplement => dossier.SupplySupplement(Officer, at, Time, null),
            DossierTrigger.Refuse => dossier.Refuse(Officer, at, [new ReasonItem(null, "Không thuộc thẩm quyền")]),
            DossierTrigger.Transfer => dossier.Transfer(Officer, at, Time),
            DossierTrigger.AssignHandler => dossier.AssignHandler("truongphong", at, "chuyenvien"),
            DossierTrigger.CompleteStep => dossier.CompleteStep("chuyenvien", at, null, Time),
            DossierTrigger.ReturnToStep => dossier.ReturnToStep("truongphong", at, 0, "Thiếu biên bản xác minh", Time),
            DossierTrigger.SubmitForApproval => dossier.SubmitForApproval("chuyenvien", at, null),
            DossierTrigger.Approve => dossier.Approve("giamdoc", at, null),
            DossierTrigger.SendToOtherAgency => dossier.SendToOtherAgency("chuyenvien", at, "Công an tỉnh", "Xác minh", new LegalDuration(3, DurationUnit.WorkingDays), Time),
            DossierTrigger.ReceiveFromOtherAgency => dossier.ReceiveFromOtherAgency("chuyenvien", at, "Đã có kết quả xác minh", Time),
            DossierTrigger.RequestFinancialObligation => dossier.RequestFinancialObligation("chuyenvien", at, "Lệ phí", 200_000),
            DossierTrigger.ConfirmPayment => dossier.ConfirmPayment(Officer, at, null, Time),
            DossierTrigger.Stop => dossier.Stop("chuyenvien", at, "Không đủ điều kiện"),
            DossierTrigger.MarkResultReady => dossier.MarkResultReady("chuyenvien", at, "123/STP", null),
            DossierTrigger.ReturnResult => dossier.ReturnResult(Officer, at, ReturnMethod.AtDesk, "Nguyễn Văn An", at),
            DossierTrigger.Withdraw => dossier.Withdraw(Officer, at, "Không còn nhu cầu"),
            DossierTrigger.Apologize => dossier.Apologize("giamdoc", at, new DateOnly(2026, 3, 31), "Chờ kết quả xác minh", Time),
            _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
        };
    }

    public static void Done(Error? error)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"{error.Code}: {error.Message}");
        }
    }

    private static Dossier Ok(Result<Dossier> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error.Message);

    private sealed class Steps(DateTime start)
    {
        private DateTime _now = start;

        public DateTime Next()
        {
            var now = _now;
            _now = _now.AddHours(1);
            return now;
        }
    }
}
