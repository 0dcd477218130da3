using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.IntegrationTests.Administration;
using MotCua.Kernel.Calendar;
using MotCua.Reporting.Domain;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Reporting;

/// <summary>
/// A district of its own (with a department and a commune) and a crafted set of dossier facts in Q4 2025 (NĐ 09/2019
/// window 15/9/2025 → 14/12/2025), where every cell of Biểu 06 is non-empty at both levels. The expected figures are
/// worked out by hand in <see cref="ExpectedDistrict"/>, <see cref="ExpectedCommune"/> and <see cref="ExpectedTotal"/>.
/// </summary>
internal sealed class StatutoryDataset(MotCuaApp app)
{
    public const string Admin = "admin@motcua.demo";
    public const string OtherDesk = "motcua.sapa@motcua.demo";

    private readonly TestTag _tag = new();

    public Guid DistrictId { get; private set; }

    public Guid CommuneId { get; private set; }

    public string DistrictPath { get; private set; } = string.Empty;

    public string DepartmentPath { get; private set; } = string.Empty;

    public string CommunePath { get; private set; } = string.Empty;

    public string DistrictField => "F1." + _tag;

    public string CommuneField => "F2." + _tag;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Per level then column, in the order of B06Column: received, online, direct, carried, resolved, early, on time, late, in progress, within, overdue, withdrawn, stopped.</summary>
    public static readonly long[] ExpectedDistrict = [10, 4, 4, 2, 4, 1, 1, 2, 4, 2, 2, 1, 1];

    public static readonly long[] ExpectedCommune = [7, 2, 3, 2, 3, 1, 1, 1, 2, 1, 1, 1, 1];

    public static readonly long[] ExpectedTotal = [17, 6, 7, 4, 7, 2, 2, 3, 6, 3, 3, 2, 2];

    public async Task CreateUnitsAsync()
    {
        using var admin = await app.SignedInClientAsync(Admin);
        var district = _tag.Code();
        var department = _tag.Code();
        var commune = _tag.Code();
        DistrictId = await CreateAsync(admin, district, "UBND huyện thử báo cáo", "DistrictCommittee", "000.00.00.H40");
        await CreateAsync(admin, department, "Phòng Tư pháp huyện thử", "Department", district);
        CommuneId = await CreateAsync(admin, commune, "UBND xã thử báo cáo", "Commune", district);
        DistrictPath = $"/000.00.00.H40/{district}/";
        DepartmentPath = $"{DistrictPath}{department}/";
        CommunePath = $"{DistrictPath}{commune}/";
    }

    private async Task<Guid> CreateAsync(HttpClient admin, string code, string name, string kind, string parent)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/organisation/units", new { code, name = _tag.Text(name), kind, parentCode = parent }, Ct);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        created.GetProperty("path").GetString().ShouldEndWith(code + "/");
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Writes (again) the crafted facts. Rows are replaced each time, so a full projection rebuild run by another test
    /// class (which drops rows without a dossier) cannot leave this test without its data.
    /// </summary>
    public async Task WriteFactsAsync(IEnumerable<DossierFact>? extra = null)
    {
        await ProjectedFacts.WriteAsync(app.Services, [.. Facts().Concat(extra ?? [])], Ct);
    }

    private readonly Dictionary<int, Guid> _ids = [];

    public DossierFact Fact(int number, string path, string field, int channel, FactOutcome outcome, string? received, string? ended = null, Timeliness? timeliness = null, string? due = null, bool secondSupplement = false)
    {
        if (!_ids.TryGetValue(number, out var id))
        {
            _ids[number] = id = Guid.NewGuid();
        }

        DateOnly? receivedOn = received is null ? null : DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture);
        DateOnly? endedOn = ended is null ? null : DateOnly.Parse(ended, System.Globalization.CultureInfo.InvariantCulture);
        DateTime? Noon(DateOnly? day) => day is { } d ? VietnamTime.At(d, new TimeOnly(10, 0)).UtcDateTime : null;
        return new DossierFact
        {
            DossierId = id,
            Code = $"{_tag}-{number:D3}",
            ProcessingUnitPath = path,
            DeskUnitPath = DistrictPath,
            ProcedureCode = "9.999" + _tag,
            FieldCode = field,
            Channel = channel,
            Outcome = outcome,
            SubmittedOn = receivedOn ?? new DateOnly(2025, 10, 1),
            ReceivedOn = receivedOn,
            ReceivedAtUtc = Noon(receivedOn),
            EndedOn = endedOn,
            EndedAtUtc = Noon(endedOn),
            Timeliness = timeliness,
            DueAtUtc = due is null ? null : VietnamTime.At(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(17, 0)).UtcDateTime,
            LateBySecondSupplement = secondSupplement,
            SupplementRequests = secondSupplement ? 2 : 0,
        };
    }

    private IEnumerable<DossierFact> Facts()
    {
        const FactOutcome Resolved = FactOutcome.Resolved, Open = FactOutcome.InProgress;
        var d = DistrictField;
        var c = CommuneField;

        // District level (the committee and its department), field F1.
        yield return Fact(1, DistrictPath, d, 1, Resolved, "2025-09-01", "2025-10-01", Timeliness.Early);      // carried, early
        yield return Fact(2, DistrictPath, d, 1, Open, "2025-09-10", due: "2025-10-10");                       // carried, overdue
        yield return Fact(3, DistrictPath, d, 2, Resolved, "2025-10-05", "2025-10-20", Timeliness.OnTime);     // online, on time
        yield return Fact(4, DistrictPath, d, 1, Resolved, "2025-10-06", "2025-11-30", Timeliness.Late);       // direct, late
        yield return Fact(5, DistrictPath, d, 3, Open, "2025-12-01", due: "2025-12-20");                       // postal, within time
        yield return Fact(6, DistrictPath, d, 2, FactOutcome.Withdrawn, "2025-11-01", "2025-11-05");           // online, withdrawn
        yield return Fact(7, DepartmentPath, d, 1, FactOutcome.Stopped, "2025-11-02", "2025-11-10");           // direct, stopped
        yield return Fact(8, DepartmentPath, d, 2, Resolved, "2025-11-03", "2025-11-20", Timeliness.OnTime, secondSupplement: true); // online, late by 2nd supplement
        yield return Fact(9, DepartmentPath, d, 2, Resolved, "2025-12-10", "2025-12-20", Timeliness.Early, due: "2025-12-12"); // online, open at cut-off, overdue
        yield return Fact(10, DistrictPath, d, 1, Resolved, "2025-08-01", "2025-09-01", Timeliness.OnTime);    // closed before: not in the report
        yield return Fact(11, DistrictPath, d, 1, Open, "2025-12-15", due: "2025-12-30");                      // received after: not in the report
        yield return Fact(12, DistrictPath, d, 1, FactOutcome.Refused, null, "2025-10-01");                    // refused: never received
        yield return Fact(13, DistrictPath, d, 2, FactOutcome.NotReceived, null);                              // online, not received
        yield return Fact(14, DepartmentPath, d, 1, Open, "2025-11-15", "2025-11-20");                         // direct, waiting for a supplement: within time

        // Commune level, field F2.
        yield return Fact(15, CommunePath, c, 2, Resolved, "2025-09-12", "2025-09-20", Timeliness.OnTime);     // carried, on time
        yield return Fact(16, CommunePath, c, 1, Resolved, "2025-10-01", "2025-10-02", Timeliness.Early);      // direct, early
        yield return Fact(17, CommunePath, c, 2, Open, "2025-11-20", due: "2025-11-25");                       // online, overdue
        yield return Fact(18, CommunePath, c, 1, Open, "2025-12-14", due: "2025-12-30");                       // direct on the cut-off day, within
        yield return Fact(19, CommunePath, c, 1, FactOutcome.Withdrawn, "2025-09-01", "2025-09-16");           // carried, withdrawn
        yield return Fact(20, CommunePath, c, 3, FactOutcome.Stopped, "2025-10-10", "2025-10-12");             // postal, stopped
        yield return Fact(21, CommunePath, c, 2, Resolved, "2025-10-15", "2025-11-15", Timeliness.Late);       // online, late
    }
}
