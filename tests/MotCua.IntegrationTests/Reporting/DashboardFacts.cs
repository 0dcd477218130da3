using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Administration.Domain;
using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain;
using MotCua.TestSupport;

namespace MotCua.IntegrationTests.Reporting;

/// <summary>
/// The test classes that write projection rows by hand run one after another and apart from the projection tests, whose
/// full rebuild removes every row without a dossier behind it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReportingFactsInSequence
{
    public const string Name = "Reporting facts";
}

/// <summary>Hand-made projection rows and units of their own, so that every figure a test reads is one it can compute.</summary>
internal sealed class DashboardFacts(MotCuaApp app)
{
    public const string JusticeCode = "000.00.12.H40";

    /// <summary>A local (Hà Nội) instant of 2026 as UTC.</summary>
    public static DateTime At(int month, int day, int hour = 9, int minute = 0) =>
        new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.FromHours(7)).UtcDateTime;

    /// <summary>A new phòng under the Department of Justice (the demo leaders' subtree), optionally below another new unit.</summary>
    public async Task<OrganisationUnit> NewUnitAsync(string name, OrganisationUnit? parent = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var above = parent is null
            ? await db.Set<OrganisationUnit>().SingleAsync(u => u.Code == JusticeCode)
            : await db.Set<OrganisationUnit>().SingleAsync(u => u.Id == parent.Id);
        var code = "T" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var unit = OrganisationUnit.Create(Guid.NewGuid(), code, name, UnitKind.Department, above, 999, isDemo: false);
        db.Add(unit);
        await db.SaveChangesAsync();
        return unit;
    }

    public Task AddAsync(params DossierFact[] facts) => ProjectedFacts.WriteAsync(app.Services, facts, CancellationToken.None);

    public async Task<T> InDatabaseAsync<T>(Func<DbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DbContext>());
    }

    /// <summary>A received dossier of <paramref name="unitPath"/>; open unless <paramref name="endedAt"/> is given.</summary>
    public static DossierFact Fact(
        string unitPath, Guid unitId, DateTime receivedAt, DateTime due,
        DateTime? endedAt = null, Timeliness? timeliness = null, int channel = 1,
        bool feeBearing = false, int? paidOn = null, bool digitized = false, int? satisfaction = null,
        string? officer = null, double? workingDays = null, string field = "LLTP")
    {
        var code = "TF-" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
        return new DossierFact
        {
            DossierId = Guid.NewGuid(),
            Code = code,
            ProcessingUnitPath = unitPath,
            ProcessingUnitId = unitId,
            DeskUnitPath = unitPath,
            ProcedureId = Guid.NewGuid(),
            ProcedureCode = "1.001234",
            FieldCode = field,
            Channel = channel,
            Outcome = endedAt is null ? FactOutcome.InProgress : FactOutcome.Resolved,
            NationalStatus = endedAt is null ? 4 : 10,
            SubmittedOn = DateOnly.FromDateTime(receivedAt.AddHours(7)),
            ReceivedAtUtc = receivedAt,
            ReceivedOn = DateOnly.FromDateTime(receivedAt.AddHours(7)),
            DueAtUtc = due,
            EndedAtUtc = endedAt,
            EndedOn = endedAt is { } e ? DateOnly.FromDateTime(e.AddHours(7)) : null,
            Timeliness = timeliness,
            ProcessingWorkingDays = workingDays,
            HandlingOfficer = officer,
            FeeBearing = feeBearing,
            OnlinePaymentPlatform = paidOn,
            ComponentsDigitized = digitized,
            HasElectronicResult = digitized,
            Satisfaction = satisfaction,
            ProjectedAtUtc = DateTime.UtcNow,
        };
    }
}
