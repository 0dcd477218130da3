using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.CitizenPortal;
using MotCua.Dossiers.Persistence;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Results;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;
using static MotCua.IntegrationTests.Dossiers.OnlineCitizen;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>
/// The citizen portal's handlers, called as the pages call them with the signed-in CCCD: only my dossiers, files and
/// drafts; a supplement online; a submission from the form reusing a wallet document.
/// </summary>
public abstract class CitizenPortalTests(MotCuaApp app) : IntegrationTest(app)
{
    private readonly DossierDesk _desk = new(app);
    private readonly OnlineCitizen _citizen = new(app);

    [Fact]
    public async Task I_see_my_dossiers_and_what_is_asked_of_me_and_someone_elses_dossier_and_files_are_not_found()
    {
        var (me, other) = (NewCitizenId(), NewCitizenId());
        var mine = await _citizen.SubmittedAsync(Submission(UniqueName(), me));
        var theirs = await _citizen.SubmittedAsync(Submission(UniqueName(), other));
        await _desk.DoAsync(Desk, mine.Code, "request-supplement", new
        {
            items = new[] { new { componentNumber = 2, reason = "Ảnh chụp Căn cước bị mờ: chụp lại rõ cả hai mặt." } },
        });

        var page = await InScopeAsync<CitizenDossiersHandler, Result<MotCua.Kernel.Paging.Page<MyDossierItem>>>(h => h.ListAsync(me, null, null, Ct));
        var item = page.Value!.Items.ShouldHaveSingleItem();
        item.Code.ShouldBe(mine.Code);
        var ask = item.Asks.ShouldHaveSingleItem();
        ask.Kind.ShouldBe(CitizenAskKind.Supplement);
        ask.Details.ShouldBe(["Ảnh chụp Căn cước bị mờ: chụp lại rõ cả hai mặt."]);

        var detail = await InScopeAsync<CitizenDossiersHandler, Result<MyDossierDetail>>(h => h.FindAsync(me, mine.Code, Ct));
        detail.Value!.CanSupply.ShouldBeTrue();
        detail.Value.History.Select(h => h.Text).ShouldBe(["Nộp trực tuyến", "Yêu cầu bổ sung hồ sơ"]);
        var myFile = await InScopeAsync<CitizenDossiersHandler, Result<CitizenFile>>(h => h.OpenFileAsync(me, mine.Code, 1, Ct));
        await using (var content = myFile.Value!.Content)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, Ct);
            copy.ToArray().ShouldBe(Pdf);
        }

        (await InScopeAsync<CitizenDossiersHandler, Result<MyDossierDetail>>(h => h.FindAsync(me, theirs.Code, Ct))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
        (await InScopeAsync<CitizenDossiersHandler, Result<CitizenFile>>(h => h.OpenFileAsync(me, theirs.Code, 1, Ct))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
        (await InScopeAsync<CitizenDossiersHandler, Result<CitizenFile>>(h => h.OpenFileAsync(me, mine.Code, null, Ct))).Error!.Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Fact]
    public async Task I_supply_a_requested_supplement_online_and_a_disguised_file_is_refused_with_nothing_written()
    {
        var me = NewCitizenId();
        var receipt = await _citizen.SubmittedAsync(Submission(UniqueName(), me));
        await _desk.DoAsync(Desk, receipt.Code, "request-supplement", new
        {
            items = new[] { new { componentNumber = 2, reason = "Ảnh chụp Căn cước bị mờ." } },
        });
        var before = await _desk.GetAsync(Desk, receipt.Code);

        var disguised = await InScopeAsync<SupplyOnlineHandler, Result<string>>(h => h.HandleAsync(me, receipt.Code, null,
            [new SuppliedOnlineFile(2, new OnlineFile("can-cuoc.pdf", "application/pdf", Executable))], Ct));
        var stranger = await InScopeAsync<SupplyOnlineHandler, Result<string>>(h => h.HandleAsync(NewCitizenId(), receipt.Code, null,
            [new SuppliedOnlineFile(2, PdfFile("can-cuoc-moi.pdf"))], Ct));

        disguised.Error!.Fields!["files[0].file"].ShouldBe(["Chỉ chấp nhận tệp PDF, JPEG, PNG hoặc DOCX."]);
        stranger.Error!.Kind.ShouldBe(ErrorKind.NotFound);
        (await _desk.GetAsync(Desk, receipt.Code)).GetProperty("version").GetInt32().ShouldBe(before.GetProperty("version").GetInt32());

        var supplied = await InScopeAsync<SupplyOnlineHandler, Result<string>>(h => h.HandleAsync(me, receipt.Code, "Đã chụp lại",
            [new SuppliedOnlineFile(2, PdfFile("can-cuoc-moi.pdf"))], Ct));

        supplied.IsSuccess.ShouldBeTrue();
        var after = await _desk.GetAsync(Desk, receipt.Code);
        State(after).ShouldBe("Submitted");
        after.GetProperty("components")[1].GetProperty("file").GetProperty("fileName").GetString().ShouldBe("can-cuoc-moi.pdf");
        after.GetProperty("history")[2].GetProperty("actor").GetString().ShouldBe("cong-dan:" + me);
    }

    [Fact]
    public async Task A_draft_is_saved_with_its_files_resumed_only_by_its_owner_and_submitted_reusing_a_wallet_document()
    {
        var me = NewCitizenId();
        var earlier = await _citizen.SubmittedAsync(Submission(UniqueName(), me));
        await _desk.DoAsync(Desk, earlier.Code, "accept");
        var identityCard = (await _citizen.WalletFilledFromAsync(earlier.Code, 2)).Single(w => w.ComponentNumber == 2);
        var citizen = new CitizenProfile(me, UniqueName(), "0912 345 678", null, VerifiedWithVneid: true);
        var draftId = Guid.CreateVersion7();
        var procedure = (await InScopeAsync<PortalSubmissionHandler, MotCua.Catalog.Contracts.ProcedureAtIntake?>(h => h.ProcedureAsync(Procedure, Ct)))!;
        var form = new SubmissionForm { Address = "Số 5 đường Hoàng Liên", RequestSummary = "Cấp 01 Phiếu lý lịch tư pháp số 1" };
        form.Components.Add(new FormComponent { Number = 2, WalletDocumentId = identityCard.Id });

        var refused = await InScopeAsync<PortalSubmissionHandler, Result<Guid>>(h => h.SaveDraftAsync(me, draftId, procedure, form,
            new Dictionary<int, OnlineFile> { [1] = new("to-khai.pdf", "application/pdf", Executable) }, Ct));
        refused.Error!.Fields!["tep-1"].ShouldBe(["Chỉ chấp nhận tệp PDF, JPEG, PNG hoặc DOCX."]);
        (await _desk.InDatabaseAsync(db => db.Set<DossierDraft>().CountAsync(d => d.Id == draftId, Ct))).ShouldBe(0);

        (await InScopeAsync<PortalSubmissionHandler, Result<Guid>>(h => h.SaveDraftAsync(me, draftId, procedure, form,
            new Dictionary<int, OnlineFile> { [1] = PdfFile() }, Ct))).Value.ShouldBe(draftId);
        (await InScopeAsync<PortalSubmissionHandler, (string, SubmissionForm)?>(h => h.DraftAsync(NewCitizenId(), draftId, Ct))).ShouldBeNull();
        var resumed = (await InScopeAsync<PortalSubmissionHandler, (string ProcedureCode, SubmissionForm Form)?>(h => h.DraftAsync(me, draftId, Ct)))!.Value;
        resumed.ProcedureCode.ShouldBe(Procedure);
        resumed.Form.Components.Single(c => c.Number == 1).SavedFile!.FileName.ShouldBe("to-khai.pdf");
        resumed.Form.Components.Single(c => c.Number == 2).WalletDocumentId.ShouldBe(identityCard.Id);

        var submitted = await InScopeAsync<PortalSubmissionHandler, Result<OnlineIntakeReceipt>>(h => h.SubmitAsync(citizen, draftId, procedure, resumed.Form, new Dictionary<int, OnlineFile>(), Ct));

        submitted.IsSuccess.ShouldBeTrue();
        var dossier = await _desk.InDatabaseAsync(db => db.Set<Dossier>().AsNoTracking().AsSplitQuery().SingleAsync(d => d.Code == submitted.Value.Code, Ct));
        dossier.IdentityVerifiedWithVneid.ShouldBeTrue();
        dossier.Representative.ShouldBeNull();
        dossier.Components.Single(c => c.Number == 2).WalletDocumentId.ShouldBe(identityCard.Id);
        dossier.Components.Single(c => c.Number == 1).File!.FileName.ShouldBe("to-khai.pdf");
        (await _desk.InDatabaseAsync(db => db.Set<WalletReuse>().CountAsync(r => r.DocumentId == identityCard.Id && r.DossierCode == dossier.Code, Ct))).ShouldBe(1);
        (await _desk.InDatabaseAsync(db => db.Set<DossierDraft>().CountAsync(d => d.Id == draftId, Ct))).ShouldBe(0);
        var wallet = await InScopeAsync<WalletHandler, IReadOnlyList<WalletItem>>(h => h.ListAsync(me, Ct));
        wallet.Single(w => w.Id == identityCard.Id).Reuses.ShouldBe(1);
    }

    private async Task<TResult> InScopeAsync<THandler, TResult>(Func<THandler, Task<TResult>> call)
        where THandler : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<THandler>());
    }
}

public sealed class CitizenPortalTests_Sqlite(SqliteApp app) : CitizenPortalTests(app);

public sealed class CitizenPortalTests_Postgres(PostgresApp app) : CitizenPortalTests(app);
