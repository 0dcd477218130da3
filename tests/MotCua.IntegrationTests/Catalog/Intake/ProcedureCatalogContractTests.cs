using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Features.DemoData;
using MotCua.Catalog.Contracts;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Calendar;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Catalog.Intake;

/// <summary>What the dossier module reads from the catalog at intake, checked against the demo province's catalog.</summary>
public abstract class ProcedureCatalogContractTests(MotCuaApp app) : IntegrationTest(app)
{
    private const string CriminalRecord = "1.001234";

    [Fact]
    public async Task Intake_binds_to_the_version_in_force_on_the_day_with_its_time_limits_per_channel()
    {
        var procedure = (await FindAsync(CriminalRecord, new DateOnly(2026, 3, 2))).ShouldNotBeNull();

        procedure.VersionNumber.ShouldBe(2);
        procedure.ImplementingUnitId.ShouldBe(DemoIds.Unit(AdministrationDemoData.JusticeCode));
        procedure.Channels.ShouldBe([IntakeChannel.Direct, IntakeChannel.Online, IntakeChannel.Postal]);
        procedure.TimeLimitFor(IntakeChannel.Direct).ShouldBe(new LegalDuration(10, DurationUnit.WorkingDays));
        procedure.TimeLimitFor(IntakeChannel.Online).ShouldBe(new LegalDuration(8, DurationUnit.WorkingDays));
        procedure.TimeLimitFor(IntakeChannel.Postal).ShouldBe(new LegalDuration(10, DurationUnit.WorkingDays));

        (await FindAsync(CriminalRecord, new DateOnly(2024, 7, 1))).ShouldNotBeNull().VersionNumber.ShouldBe(1);
    }

    [Fact]
    public async Task Components_are_numbered_in_published_order_with_what_must_be_brought()
    {
        var procedure = (await FindAsync(CriminalRecord, new DateOnly(2026, 3, 2))).ShouldNotBeNull();

        procedure.Components.Select(c => c.Number).ShouldBe([1, 2, 3, 4]);
        procedure.Components[0].ShouldBe(new IntakeComponent(
            1, "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", 1, 0, true, null, "Mẫu số 03/2013/TT-LLTP", false));
        procedure.Components[2].Required.ShouldBeFalse();
        procedure.Components[2].Condition.ShouldNotBeNull().ShouldStartWith("Trường hợp");
        procedure.Fees.ShouldHaveSingleItem().AmountDong.ShouldBe(200_000);
    }

    [Fact]
    public async Task The_approved_internal_process_comes_with_each_steps_budget()
    {
        var procedure = (await FindAsync(CriminalRecord, new DateOnly(2026, 3, 2))).ShouldNotBeNull();

        procedure.Steps.Select(s => (s.Number, s.Role, s.Budget)).ShouldBe(
        [
            (1, "DeskOfficer", new LegalDuration(0.5m, DurationUnit.WorkingDays)),
            (2, "ProcessingOfficer", new LegalDuration(5, DurationUnit.WorkingDays)),
            (3, "DepartmentLeader", new LegalDuration(1, DurationUnit.WorkingDays)),
            (4, "AgencyLeader", new LegalDuration(1, DurationUnit.WorkingDays)),
            (5, "DeskOfficer", new LegalDuration(0.5m, DurationUnit.WorkingDays)),
        ]);
    }

    [Theory]
    [InlineData("9.999999", "2026-03-02")]
    [InlineData("not a code", "2026-03-02")]
    [InlineData(CriminalRecord, "2024-01-01")]
    public async Task Nothing_is_found_for_an_unknown_code_or_before_the_first_version(string code, string day) =>
        (await FindAsync(code, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))).ShouldBeNull();

    [Fact]
    public async Task Intake_search_ignores_diacritics_and_can_be_limited_to_units()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<IProcedureCatalog>();
        var day = new DateOnly(2026, 3, 2);
        var justice = DemoIds.Unit(AdministrationDemoData.JusticeCode);

        var found = await catalog.SearchForIntakeAsync("LY LICH tu phap", null, day, 20, TestContext.Current.CancellationToken);
        found.ShouldContain(p => p.Code == CriminalRecord);

        var elsewhere = await catalog.SearchForIntakeAsync("ly lich tu phap", [DemoIds.Unit(AdministrationDemoData.TransportCode)], day, 20, TestContext.Current.CancellationToken);
        elsewhere.ShouldNotContain(p => p.Code == CriminalRecord);
        (await catalog.SearchForIntakeAsync(null, [justice], day, 100, TestContext.Current.CancellationToken))
            .ShouldAllBe(p => p.ImplementingUnitId == justice);
    }

    private async Task<ProcedureAtIntake?> FindAsync(string code, DateOnly day)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IProcedureCatalog>()
            .FindForIntakeAsync(code, day, TestContext.Current.CancellationToken);
    }
}

public sealed class ProcedureCatalogContractTests_Sqlite(SqliteApp app) : ProcedureCatalogContractTests(app);

public sealed class ProcedureCatalogContractTests_Postgres(PostgresApp app) : ProcedureCatalogContractTests(app);
