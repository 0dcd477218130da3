using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Results;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;
using static MotCua.IntegrationTests.Dossiers.OnlineCitizen;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>
/// <see cref="IOnlineIntake"/> through its consumers: the dossier it creates waits at the province's service centre
/// (Sở Tư pháp has no desk of its own), the desk checks it like any other, and bad submissions write nothing.
/// </summary>
public abstract class OnlineIntakeTests(MotCuaApp app) : IntegrationTest(app)
{
    private readonly DossierDesk _desk = new(app);
    private readonly OnlineCitizen _citizen = new(app);

    [Fact]
    public async Task An_online_dossier_waits_as_submitted_at_the_nearest_desk_with_the_online_time_limit_and_the_desk_accepts_it()
    {
        var (name, cccd) = (UniqueName(), NewCitizenId());

        var receipt = await _citizen.SubmittedAsync(Submission(name, cccd));

        receipt.Replayed.ShouldBeFalse();
        receipt.Code.ShouldMatch(@"^000\.00\.35\.H40-260302-\d{4}$");
        var dossier = await _desk.GetAsync(Desk, receipt.Code);
        State(dossier).ShouldBe("Submitted");
        dossier.GetProperty("statusCode").GetInt32().ShouldBe(1);
        dossier.GetProperty("channel").GetString().ShouldBe("Online");
        dossier.GetProperty("timeLimit").GetProperty("amount").GetDecimal().ShouldBe(8m);
        dossier.GetProperty("receivedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        var files = dossier.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("file")).ToList();
        files.Count.ShouldBe(2);
        files.ShouldAllBe(f => f.GetProperty("sha256").GetString()!.Length == 64 && f.GetProperty("contentType").GetString() == "application/pdf");
        dossier.GetProperty("history")[0].GetProperty("trigger").GetString().ShouldBe("SubmitOnline");
        dossier.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ShouldBe(["Accept", "RequestSupplement", "Refuse", "Withdraw"], ignoreOrder: true);
        var stored = await _desk.InDatabaseAsync(db => db.Set<Dossier>().AsNoTracking().AsSplitQuery().SingleAsync(d => d.Code == receipt.Code, Ct));
        stored.IdentityVerifiedWithVneid.ShouldBeTrue();
        stored.Components.ShouldAllBe(c => !c.ReusedFromWallet);
        (await _desk.CountAuditAsync(receipt.Code)).ShouldBe(1);

        var accepted = await _desk.DoAsync(Desk, receipt.Code, "accept");

        State(accepted).ShouldBe("Received");
        // Monday 2 March 09:00 + 8 working days (the online limit): Thursday 12 March, 17:00 in Vietnam.
        accepted.GetProperty("legalDueAt").GetDateTime().ShouldBe(new DateTime(2026, 3, 12, 10, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task The_desk_inbox_lists_online_dossiers_waiting_for_the_check_and_the_desk_can_ask_for_a_supplement_or_refuse()
    {
        var name = UniqueName();
        var first = await _citizen.SubmittedAsync(Submission(name, NewCitizenId()));
        var second = await _citizen.SubmittedAsync(Submission(name, NewCitizenId()));
        using var desk = await _desk.As(Desk);

        var inbox = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?q={Uri.EscapeDataString(name)}&status=1", Ct);
        inbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldBe([first.Code, second.Code], ignoreOrder: true);

        var asked = await _desk.DoAsync(Desk, first.Code, "request-supplement", new
        {
            items = new[] { new { componentNumber = 2, reason = "Ảnh chụp Căn cước bị mờ: chụp lại rõ cả hai mặt." } },
            contact = "Lò Văn Minh, 0214 3840 888",
        });
        State(asked).ShouldBe("AwaitingSupplementAtIntake");
        var refused = await _desk.DoAsync(Desk, second.Code, "refuse", new
        {
            reasons = new[] { new { componentNumber = (int?)null, reason = "Người yêu cầu cấp Phiếu số 2 phải trực tiếp làm thủ tục." } },
        });
        State(refused).ShouldBe("Refused");
        refused.GetProperty("statusCode").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task The_same_external_submission_gives_the_same_dossier_however_often_it_comes()
    {
        var (name, cccd, externalId) = (UniqueName(), NewCitizenId(), Guid.NewGuid().ToString());

        var first = await _citizen.SubmittedAsync(Submission(name, cccd, externalId: externalId));
        var again = await _citizen.SubmittedAsync(Submission(name, cccd, externalId: externalId));
        var raced = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _citizen.SubmitAsync(Submission(name, cccd, externalId: externalId))));

        again.ShouldBe(first with { Replayed = true });
        raced.ShouldAllBe(r => r.IsSuccess && r.Value.Code == first.Code && r.Value.Replayed);
        (await _desk.CountDossiersAsync(name)).ShouldBe(1);
    }

    [Fact]
    public async Task Every_mistake_is_reported_at_once_by_field_and_nothing_is_written()
    {
        var (name, cccd) = (UniqueName(), NewCitizenId());
        var stranger = await _citizen.SubmittedAsync(Submission(UniqueName(), NewCitizenId()));
        await _desk.DoAsync(Desk, stranger.Code, "accept");
        var strangersDocument = (await _citizen.WalletFilledFromAsync(stranger.Code, 2))[0].Id;
        var oversize = new byte[(20 * 1024 * 1024) + 1];
        Pdf.CopyTo(oversize, 0);

        var result = await _citizen.SubmitAsync(Submission(name, cccd, [
            new OnlineComponent(1, new OnlineFile("to-khai.pdf", "application/pdf", Executable)),
            new OnlineComponent(3, new OnlineFile("cu-tru.pdf", "application/pdf", oversize)),
            new OnlineComponent(4, null, strangersDocument),
            new OnlineComponent(9, PdfFile()),
        ], applicant: Person(name, "0100901")));

        result.IsSuccess.ShouldBeFalse();
        result.Error.Kind.ShouldBe(ErrorKind.Validation);
        var fields = result.Error.Fields!;
        fields["components[0].file"].ShouldBe(["Chỉ chấp nhận tệp PDF, JPEG, PNG hoặc DOCX."]);
        fields["components[1].file"].ShouldBe(["Tệp vượt quá dung lượng cho phép (20 MB)."]);
        fields["components[2].reusedDocumentId"][0].ShouldContain("Không tìm thấy tài liệu");
        fields["components[3].number"].ShouldBe(["Thành phần hồ sơ không có trong thủ tục."]);
        fields["components"][0].ShouldContain("Căn cước công dân");
        fields["applicant.identifier"][0].ShouldContain("12 chữ số");
        (await _desk.CountDossiersAsync(name)).ShouldBe(0);
        (await _desk.InDatabaseAsync(db => db.Set<WalletReuse>().CountAsync(r => r.DocumentId == strangersDocument, Ct))).ShouldBe(0);
    }

    [Theory]
    [InlineData("1.001245", "không được nộp trực tuyến")]
    [InlineData("9.999999", "không có trong danh mục")]
    [InlineData("", "Chọn thủ tục")]
    public async Task A_procedure_not_open_online_or_not_in_force_is_refused(string procedure, string message)
    {
        var name = UniqueName();

        var result = await _citizen.SubmitAsync(Submission(name, NewCitizenId(), procedure: procedure));

        result.Error.ShouldNotBeNull().Fields!["procedureCode"][0].ShouldContain(message);
        (await _desk.CountDossiersAsync(name)).ShouldBe(0);
    }

    [Fact]
    public async Task An_accepted_dossier_fills_the_wallet_and_a_reuse_is_recorded_with_the_document_file()
    {
        var cccd = NewCitizenId();
        var first = await _citizen.SubmittedAsync(Submission(UniqueName(), cccd));
        await _desk.DoAsync(Desk, first.Code, "accept");
        await _citizen.WalletFilledFromAsync(first.Code, 2);
        var wallet = await _citizen.WalletOfAsync(cccd);
        wallet.Select(w => (w.Kind, w.ComponentNumber)).ShouldBe([(WalletDocumentKind.Component, 1), (WalletDocumentKind.Component, 2)]);
        var identityCard = wallet.Single(w => w.ComponentNumber == 2);

        var second = await _citizen.SubmittedAsync(Submission(UniqueName(), cccd, [new OnlineComponent(1, PdfFile()), new OnlineComponent(2, null, identityCard.Id)]));

        var dossier = await _desk.InDatabaseAsync(db => db.Set<Dossier>().AsNoTracking().AsSplitQuery().SingleAsync(d => d.Code == second.Code, Ct));
        var reusedComponent = dossier.Components.Single(c => c.Number == 2);
        reusedComponent.ReusedFromWallet.ShouldBeTrue();
        reusedComponent.WalletDocumentId.ShouldBe(identityCard.Id);
        reusedComponent.File.ShouldBe(identityCard.File);
        dossier.Components.Single(c => c.Number == 1).ReusedFromWallet.ShouldBeFalse();
        var reuse = await _desk.InDatabaseAsync(db => db.Set<WalletReuse>().SingleAsync(r => r.DossierCode == second.Code, Ct));
        (reuse.DocumentId, reuse.ComponentNumber, reuse.ReusedBy).ShouldBe((identityCard.Id, 2, "citizen:" + cccd));
    }

    [Fact]
    public async Task A_person_acting_for_an_organisation_is_recorded_as_its_representative()
    {
        var (cccd, taxCode) = (NewCitizenId(), "01" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var company = new OnlineParty(true, "Công ty TNHH Thử Nghiệm " + taxCode, taxCode, "Số 1 đường Trần Hưng Đạo, Lào Cai", null, null);
        var representative = Person(UniqueName(), cccd) with { AuthorisationDocument = "Giấy ủy quyền số 12/2026/UQ ngày 01/3/2026" };

        var receipt = await _citizen.SubmittedAsync(Submission("", cccd, procedure: "1.001256", applicant: company, representative: representative,
            components: [new OnlineComponent(1, PdfFile())]));

        var dossier = await _desk.GetAsync(Desk, receipt.Code);
        dossier.GetProperty("applicant").GetProperty("kind").GetString().ShouldBe("Organisation");
        dossier.GetProperty("applicant").GetProperty("identifier").GetString().ShouldBe(taxCode);
        dossier.GetProperty("representative").GetProperty("identifier").GetString().ShouldBe(cccd);
        dossier.GetProperty("representative").GetProperty("authorisationDocument").GetString().ShouldBe(representative.AuthorisationDocument);
    }
}

public sealed class OnlineIntakeTests_Sqlite(SqliteApp app) : OnlineIntakeTests(app);

public sealed class OnlineIntakeTests_Postgres(PostgresApp app) : OnlineIntakeTests(app);
