using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Features.DemoData;
using MotCua.Dossiers.Domain;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Calendar;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>Concurrency, idempotency, codes, scope and bad input: what must hold whatever the clients do.</summary>
public abstract class DossierIntegrityApiTests(MotCuaApp app) : IntegrationTest(app)
{
    private readonly DossierDesk _desk = new(app);

    [Fact]
    public async Task Officers_acting_at_once_get_exactly_one_success_and_conflicts_naming_the_new_state()
    {
        var code = await _desk.ReceivedCodeAsync();
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _desk.As(Desk)));

        var responses = await Task.WhenAll(clients.Select(c => PostAsync(c, $"/api/v1/dossiers/{code}/transfer", null)));

        responses.Count(r => r.IsSuccessStatusCode).ShouldBe(1);
        foreach (var loser in responses.Where(r => !r.IsSuccessStatusCode))
        {
            loser.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await loser.Content.ReadAsStringAsync(Ct)).ShouldContain("Đang xử lý");
        }

        State(await _desk.GetAsync(Desk, code)).ShouldBe("InProcessing");
        (await _desk.CountAuditAsync(code)).ShouldBe(3);
        foreach (var disposable in responses.Cast<IDisposable>().Concat(clients))
        {
            disposable.Dispose();
        }
    }

    [Fact]
    public async Task A_save_from_a_stale_copy_of_the_dossier_is_refused_by_the_database()
    {
        var code = await _desk.ReceivedCodeAsync();
        var time = new LegalTime(WorkingCalendar.WeekendsOnly, OfficeHours.Default);
        await using var first = App.Services.CreateAsyncScope();
        await using var second = App.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<DbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<DbContext>();
        var mine = await firstDb.Set<Dossier>().AsSplitQuery().SingleAsync(d => d.Code == code, Ct);
        var theirs = await secondDb.Set<Dossier>().AsSplitQuery().SingleAsync(d => d.Code == code, Ct);

        mine.Transfer(Desk, mine.SubmittedAtUtc.AddMinutes(5), time).ShouldBeNull();
        theirs.Withdraw(Desk, theirs.SubmittedAtUtc.AddMinutes(5), "Công dân rút hồ sơ").ShouldBeNull();
        await firstDb.SaveChangesAsync(Ct);

        await Should.ThrowAsync<DbUpdateException>(() => secondDb.SaveChangesAsync(Ct));
        State(await _desk.GetAsync(Desk, code)).ShouldBe("InProcessing");
    }

    [Fact]
    public async Task Parallel_intakes_at_one_desk_get_distinct_consecutive_codes()
    {
        var borderGate = DemoIds.Unit("000.00.36.H40");
        var bodies = Enumerable.Range(0, 8).Select(_ => Body(UniqueName(), deskId: borderGate)).ToList();

        var created = await Task.WhenAll(bodies.Select(b => _desk.ReceiveAsync(b)));

        var codes = created.Select(c => c.GetProperty("code").GetString()!).ToList();
        codes.ShouldBeUnique();
        codes.ShouldAllBe(c => c.StartsWith("000.00.36.H40-260302-", StringComparison.Ordinal));
        // No other test receives at this desk: the numbers of the day are 1…n without a gap.
        var all = await _desk.InDatabaseAsync(db => db.Set<Dossier>().Where(d => d.DeskCode == "000.00.36.H40").Select(d => d.Code).ToListAsync(Ct));
        var numbers = all.Select(c => int.Parse(c[^4..], CultureInfo.InvariantCulture)).Order().ToList();
        numbers.ShouldBe(Enumerable.Range(1, numbers.Count).ToList());
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_give_the_same_dossier_and_another_body_is_refused()
    {
        var name = UniqueName();
        var key = Guid.NewGuid().ToString();
        var first = await _desk.ReceiveAsync(Body(name), key);
        var again = await _desk.ReceiveAsync(Body(name), key);

        again.GetProperty("code").GetString().ShouldBe(first.GetProperty("code").GetString());
        again.GetProperty("version").GetInt32().ShouldBe(first.GetProperty("version").GetInt32());
        using var client = await _desk.As(Desk);
        using var other = await PostAsync(client, "/api/v1/dossiers", Body(name, phone: "0987 654 321"), key);
        other.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await other.Content.ReadAsStringAsync(Ct)).ShouldContain("Idempotency-Key");
        (await _desk.CountDossiersAsync(name)).ShouldBe(1);
    }

    [Fact]
    public async Task Parallel_retries_with_one_idempotency_key_create_one_dossier()
    {
        var name = UniqueName();
        var key = Guid.NewGuid().ToString();

        var created = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _desk.ReceiveAsync(Body(name), key)));

        created.Select(c => c.GetProperty("code").GetString()).Distinct().Count().ShouldBe(1);
        (await _desk.CountDossiersAsync(name)).ShouldBe(1);
    }

    [Fact]
    public async Task Out_of_scope_staff_get_404_or_403_and_change_nothing()
    {
        var code = await _desk.ReceivedCodeAsync();
        var before = await _desk.GetAsync(Desk, code);

        using var otherDesk = await _desk.As(OtherDesk);
        (await otherDesk.GetAsync($"/api/v1/dossiers/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _desk.ActAsync(OtherDesk, code, "transfer")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _desk.ActAsync(OtherDesk, code, "withdraw", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _desk.ActAsync(OtherOfficer, code, "stop", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The desk sees the dossier but approving is a leader's duty.
        (await _desk.ActAsync(Desk, code, "apologize", new { newDate = "2026-03-31", reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = App.CreateClient();
        (await anonymous.GetAsync($"/api/v1/dossiers/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await PostAsync(anonymous, "/api/v1/dossiers", Body(UniqueName()))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var after = await _desk.GetAsync(Desk, code);
        after.GetProperty("version").GetInt32().ShouldBe(before.GetProperty("version").GetInt32());
        (await _desk.CountAuditAsync(code)).ShouldBe(2);

        using var officerList = await _desk.As(OtherDesk);
        var page = await officerList.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?q={code}", Ct);
        page.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_processing_officer_cannot_intake()
    {
        var name = UniqueName();
        using var officer = await _desk.As(Officer);

        using var response = await PostAsync(officer, "/api/v1/dossiers", Body(name));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _desk.CountDossiersAsync(name)).ShouldBe(0);
    }

    [Theory]
    [InlineData("unknown-procedure", "procedureCode")]
    [InlineData("missing-component", "components")]
    [InlineData("invalid-cccd", "applicant.identifier")]
    [InlineData("bad-phone", "applicant.phone")]
    [InlineData("online-at-desk", "channel")]
    [InlineData("foreign-file", "components[0].fileId")]
    public async Task Bad_intakes_are_refused_field_by_field_in_vietnamese_and_write_nothing(string mistake, string field)
    {
        var name = UniqueName();
        object body = mistake switch
        {
            "unknown-procedure" => Body(name, procedure: "9.999999"),
            "missing-component" => Body(name, new object[] { new { number = 1, originals = 1, copies = 0 } }),
            "invalid-cccd" => Body(name, identifier: "999090001234"),
            "bad-phone" => Body(name, phone: "gọi tôi"),
            "online-at-desk" => new { procedureCode = Procedure, channel = "Online", applicant = new { kind = "Person", name, identifier = "010090001234" }, components = new[] { new { number = 1, originals = 1, copies = 0 }, new { number = 2, originals = 0, copies = 1 } } },
            _ => Body(name, new object[] { new { number = 1, originals = 1, copies = 0, fileId = await _desk.UploadAsync(Officer, Pdf) }, new { number = 2, originals = 0, copies = 1 } }),
        };
        using var client = await _desk.As(Desk);

        using var response = await PostAsync(client, "/api/v1/dossiers", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("title").GetString().ShouldBe("Dữ liệu không hợp lệ");
        problem.GetProperty("errors").TryGetProperty(field, out var messages).ShouldBeTrue(problem.ToString());
        messages[0].GetString()!.ShouldNotBeNullOrWhiteSpace();
        (await _desk.CountDossiersAsync(name)).ShouldBe(0);
    }

    [Fact]
    public async Task An_incomplete_dossier_is_recorded_without_a_receipt_so_the_desk_can_ask_for_what_is_missing()
    {
        var name = UniqueName();

        var recorded = await _desk.ReceiveAsync(Body(name, new object[] { new { number = 2, originals = 0, copies = 1 } }, accept: false));

        recorded.GetProperty("statusCode").GetInt32().ShouldBe(1);
        var code = recorded.GetProperty("code").GetString()!;
        var asked = await _desk.DoAsync(Desk, code, "request-supplement", new
        {
            items = new[] { new { componentNumber = 1, reason = "Chưa có Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp: điền Mẫu số 03/2013/TT-LLTP và nộp bản chính." } },
            contact = "Lò Văn Minh, 0214 3840 999",
        });
        asked.GetProperty("statusCode").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task Files_are_checked_by_their_bytes_and_size()
    {
        using var renamed = await _desk.UploadRawAsync(Desk, "MZ\u0090 not a pdf"u8.ToArray(), "to-khai.pdf", "application/pdf");
        renamed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await renamed.Content.ReadAsStringAsync(Ct)).ShouldContain("PDF, JPEG, PNG");

        var tooLarge = new byte[(20 * 1024 * 1024) + 1];
        Pdf.CopyTo(tooLarge, 0);
        using var large = await _desk.UploadRawAsync(Desk, tooLarge, "lon.pdf", "application/pdf");
        large.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await large.Content.ReadAsStringAsync(Ct)).ShouldContain("20 MB");

        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        using var image = await _desk.UploadRawAsync(Desk, png, "anh.png", "image/png");
        image.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_result_cannot_be_returned_in_the_future_and_nothing_changes()
    {
        var code = await _desk.ReceivedCodeAsync();
        await _desk.UpToApprovalAsync(code);
        await _desk.DoAsync(Leader, code, "approve");
        var ready = await _desk.DoAsync(Officer, code, "result", new { documentNumber = "126/STP-LLTP" });

        using var future = await _desk.ActAsync(Desk, code, "return-result", new { method = "ByPost", receivedBy = "Bưu điện tỉnh", returnedAt = "2026-03-03T09:00:00+07:00" });

        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await future.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("returnedAt", out _).ShouldBeTrue();
        (await _desk.GetAsync(Desk, code)).GetProperty("version").GetInt32().ShouldBe(ready.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_inbox_finds_by_name_without_accents_and_by_phone_and_pages_by_time_left()
    {
        var name = UniqueName();
        var code = (await _desk.ReceiveAsync(Body(name, phone: "0977 000 111"))).GetProperty("code").GetString()!;
        using var client = await _desk.As(Desk);

        var byName = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?q={Uri.EscapeDataString("nguyen van thu " + name[^10..])}", Ct);
        byName.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldBe([code]);
        var byPhone = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?q={Uri.EscapeDataString("0977 000 111")}&all=true", Ct);
        byPhone.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldContain(code);

        var seen = new List<DateTime>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?limit=3" + (after is null ? "" : "&after=" + after), Ct);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("appointmentAt").ValueKind == JsonValueKind.Null
                ? i.GetProperty("submittedAt").GetDateTime()
                : i.GetProperty("appointmentAt").GetDateTime()));
            after = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (after is not null && ++pages < 5);

        seen.ShouldBe(seen.Order().ToList());
        using var bad = await client.GetAsync("/api/v1/dossiers?after=bm9wZQ", Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class DossierIntegrityApiTests_Sqlite(SqliteApp app) : DossierIntegrityApiTests(app);

public sealed class DossierIntegrityApiTests_Postgres(PostgresApp app) : DossierIntegrityApiTests(app);
