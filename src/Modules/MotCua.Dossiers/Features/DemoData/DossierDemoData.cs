using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Kernel;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Dossiers.Features.DemoData;

/// <summary>
/// A few dozen demo dossiers in every kind of state at three desks of the demo province, dated back from the clock,
/// so that inboxes, tracking and reports have something to show on first run. They go through the same lifecycle as
/// real ones: every state is reached by its transitions, with history and audit.
/// </summary>
internal sealed class DossierDemoData(
    DbContext db,
    IProcedureCatalog catalog,
    IOrganisationDirectory directory,
    DossierCodes codes,
    ProcessPlans plans,
    LegalTimeSource legalTime,
    BusinessClock clock) : IDemoDataSeeder
{
    public const int Count = 36;

    private static readonly (string UnitCode, string DeskCode, string Officer, string[] ImplementingUnits)[] Desks =
    [
        ("000.00.00.H40", "000.00.35.H40", "motcua.tinh@motcua.demo", ["000.00.12.H40", "000.00.10.H40", "000.00.15.H40"]),
        ("000.00.53.H40", "000.30.53.H40", "motcua.sapa@motcua.demo", ["000.00.53.H40", "000.21.53.H40"]),
        ("000.21.53.H40", "000.31.53.H40", "motcua.tavan@motcua.demo", ["000.21.53.H40"]),
    ];

    private static readonly Dictionary<string, string> Officers = new(StringComparer.Ordinal)
    {
        ["000.00.12.H40"] = "chuyenvien.tuphap@motcua.demo",
        ["000.00.10.H40"] = "chuyenvien.gtvt@motcua.demo",
    };

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Lò", "Giàng", "Sùng", "Đặng", "Bùi", "Lù"];
    private static readonly string[] GivenNames = ["Văn Minh", "Thị Hoa", "Văn Sáng", "Thị Mai", "Quốc Huy", "Thị Lan", "A Páo", "Thị Dung", "Văn Tùng", "Thị Hằng", "Đức Anh", "Thị Xuân"];

    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = clock.Today;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var i = 0; i < Count; i++)
        {
            var (unitCode, deskCode, deskOfficer, implementing) = Desks[i % 6 < 4 ? 0 : i % 6 == 4 ? 1 : 2];
            var pattern = i % 12;
            // An overdue dossier was received long ago; the others over the last two weeks.
            var received = now.AddDays(pattern == 11 ? -30 : -(1 + (i % 10))).AddMinutes(-(37 * i % 300));
            var receiptDay = VietnamTime.DateOf(Dossier.Instant(received));
            var unit = await directory.FindByCodeAsync(unitCode, cancellationToken);
            var desk = unit is null ? null : (await directory.ListDesksForUnitAsync(unit.Id, cancellationToken)).FirstOrDefault(d => d.Code == deskCode);
            var procedure = await PickAsync(implementing, receiptDay, i, cancellationToken);
            if (unit is null || desk is null || procedure is null)
            {
                continue;
            }

            var processingUnit = (await directory.FindAsync(procedure.ImplementingUnitId, cancellationToken))!;
            var time = await legalTime.ForUnitAsync(processingUnit.Id, cancellationToken);
            var plan = await plans.ForAsync(procedure, processingUnit, DossierChannel.Direct, cancellationToken);
            var code = await codes.NextAsync(desk.Code, receiptDay, cancellationToken);
            var name = $"{FamilyNames[i % FamilyNames.Length]} {GivenNames[(i * 5) % GivenNames.Length]}";
            var intake = new DossierIntake(
                code, desk.Id, desk.Code, desk.Name, unit.Path, processingUnit.Id, processingUnit.Path,
                procedure.ProcedureId, procedure.VersionId, procedure.VersionNumber, procedure.Code, procedure.Name,
                procedure.Accepts(IntakeChannel.Postal) && i % 7 == 3 ? DossierChannel.Postal : DossierChannel.Direct,
                procedure.TimeLimitFor(IntakeChannel.Direct),
                new Applicant(ApplicantKind.Person, name, CitizenId(i), $"Tổ {1 + (i % 9)}, {desk.Name.Replace("Bộ phận Một cửa ", string.Empty, StringComparison.Ordinal)}",
                    string.Create(CultureInfo.InvariantCulture, $"09{12 + i:D2} {100 + (i * 37 % 900):D3} {100 + (i * 53 % 900):D3}"), null),
                null,
                procedure.Name,
                procedure.Components.Where(c => c.Required).Select(c => new SubmittedComponent(c.Number, c.Name, c.Originals, c.Copies, null)).ToList(),
                plan,
                IsDemo: true);
            var processor = Officers.GetValueOrDefault(processingUnit.Code, "admin@motcua.demo");
            var dossier = Walk(pattern, intake, deskOfficer, processor, received, today, time);
            db.Add(dossier);
            foreach (var entry in dossier.History)
            {
                db.Add(AuditEntry.Record(entry.AtUtc, entry.Actor, "dossier." + DossierActions.ToKebab(entry.Trigger), nameof(Dossier), code,
                    entry.From?.ToString(), entry.To.ToString(), "Dữ liệu mẫu"));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Takes a dossier along the lifecycle to the state of <paramref name="pattern"/>, ten minutes per action.</summary>
    private static Dossier Walk(int pattern, DossierIntake intake, string desk, string officer, DateTime received, DateOnly today, LegalTime time)
    {
        var at = received;
        DateTime Next() => at = at.AddMinutes(10);
        var dossier = Done(Dossier.Receive(intake.Channel == DossierChannel.Postal ? DossierTrigger.ReceiveByPost : DossierTrigger.ReceiveAtDesk, intake, desk, at));
        switch (pattern)
        {
            case 0:
                return dossier;
            case 1:
                Done(dossier.RequestSupplement(desk, Next(), [new ReasonItem(1, "Tờ khai chưa ghi đủ thông tin nơi cư trú: ghi lại theo mẫu.")], "Bộ phận một cửa, giờ hành chính"));
                return dossier;
            case 10:
                Done(dossier.Refuse(desk, Next(), [new ReasonItem(null, "Yêu cầu không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại Ủy ban nhân dân cấp xã nơi cư trú.")]));
                return dossier;
        }

        Done(dossier.Accept(desk, at, time));
        if (pattern == 2)
        {
            return dossier;
        }

        Done(dossier.Transfer(desk, Next(), time));
        Done(dossier.AssignHandler(officer, Next(), officer));
        switch (pattern)
        {
            case 3:
                return dossier;
            case 6:
                Done(dossier.RequestSupplement(officer, Next(), [new ReasonItem(2, "Bản sao giấy tờ không rõ nét: nộp bản sao có chứng thực.")], "Cán bộ thụ lý hồ sơ"));
                return dossier;
            case 7:
                Done(dossier.RequestFinancialObligation(officer, Next(), "Nộp phí, lệ phí theo quy định", 200_000));
                return dossier;
            case 11:
                var due = VietnamTime.DateOf(Dossier.Instant(dossier.LegalDueAtUtc!.Value));
                var newDate = time.Calendar.AddWorkingDays(due > today ? due : today, 3);
                Done(dossier.Apologize(officer, Next(), newDate, "Cần xác minh thêm với cơ quan liên quan", time));
                return dossier;
        }

        while (!dossier.IsOnLastStep)
        {
            Done(dossier.CompleteStep(officer, Next(), "Đã xử lý", time));
            Done(dossier.AssignHandler(officer, Next(), officer));
        }

        if (pattern == 4)
        {
            return dossier;
        }

        Done(dossier.SubmitForApproval(officer, Next(), "Trình ký"));
        if (pattern == 5)
        {
            return dossier;
        }

        Done(dossier.Approve(officer, Next(), null));
        Done(dossier.MarkResultReady(officer, Next(), string.Create(CultureInfo.InvariantCulture, $"{100 + pattern}/KQ-DEMO"), null));
        if (pattern == 8)
        {
            return dossier;
        }

        Done(dossier.ReturnResult(desk, Next(), ReturnMethod.AtDesk, dossier.Applicant.Name, at));
        return dossier;
    }

    private async Task<ProcedureAtIntake?> PickAsync(string[] implementingCodes, DateOnly day, int seed, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        foreach (var code in implementingCodes)
        {
            if (await directory.FindByCodeAsync(code, cancellationToken) is { } unit)
            {
                ids.Add(unit.Id);
            }
        }

        var candidates = await catalog.SearchForIntakeAsync(null, ids, day, 100, cancellationToken);
        for (var attempt = 0; attempt < candidates.Count; attempt++)
        {
            var procedure = await catalog.FindForIntakeAsync(candidates[(seed + attempt) % candidates.Count].Code, day, cancellationToken);
            if (procedure is not null && procedure.Accepts(IntakeChannel.Direct) && procedure.TimeLimits.ContainsKey(IntakeChannel.Direct))
            {
                return procedure;
            }
        }

        return null;
    }

    /// <summary>A well-formed CCCD of someone born in Lào Cai (province code 010) in the 1960s–1990s.</summary>
    private static string CitizenId(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"010{i % 2}{60 + (i * 7 % 40):D2}{(i * 7919 + 1234) % 1_000_000:D6}");

    private static Dossier Done(Result<Dossier> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException("Demo dossiers: " + result.Error.Message);

    private static void Done(Error? error)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"Demo dossiers: {error.Code}: {error.Message}");
        }
    }
}
