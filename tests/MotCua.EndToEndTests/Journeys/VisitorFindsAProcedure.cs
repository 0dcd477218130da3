using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using MotCua.EndToEndTests.Infrastructure;
using MotCua.EndToEndTests.Screens;
using MotCua.Kernel.Files;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.EndToEndTests.Journeys;

public sealed class VisitorFindsAProcedure(Browser browser)
{
    private static readonly DateOnly PublishedOn = new(2025, 7, 1);

    [Fact]
    public async Task A_visitor_types_words_without_diacritics_opens_the_procedure_and_sees_its_dossier_and_fees()
    {
        var page = await browser.NewPageAsync();
        var code = await PublishCriminalRecordProceduresAsync();

        var search = await ProcedureSearchScreen.OpenAsync(page);
        await search.SearchAsync("ly lich tu phap");

        (await search.Results.CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        await Browser.ScreenshotAsync(page, "procedure-search");
        var detail = await search.OpenAsync(code);

        (await detail.Heading.InnerTextAsync()).ShouldBe("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
        (await detail.Components.CountAsync()).ShouldBe(3);
        (await detail.Components.First.InnerTextAsync()).ShouldContain("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp");
        (await detail.Fees.InnerTextAsync()).ShouldContain("200.000 đồng");
        await Browser.ScreenshotAsync(page, "procedure-detail");
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        (await page.Locator("header.site-header").IsVisibleAsync()).ShouldBeFalse();
        await Browser.ScreenshotAsync(page, "procedure-detail-print");
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Screen });

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Danh mục thủ tục của cơ quan" }).ClickAsync();
        (await page.GetByRole(Microsoft.Playwright.AriaRole.Table).InnerTextAsync()).ShouldContain(code);
        await Browser.ScreenshotAsync(page, "procedure-publicity");

        var phone = await browser.NewPageAsync(phone: true);
        await phone.GotoAsync($"/thu-tuc/{code}");
        (await new ProcedureDetailScreen(phone).Fees.InnerTextAsync()).ShouldContain("200.000 đồng");
        await Browser.ScreenshotAsync(phone, "procedure-detail-phone");
        var phoneSearch = await ProcedureSearchScreen.OpenAsync(phone);
        await phoneSearch.SearchAsync("ly lich tu phap");
        await Browser.ScreenshotAsync(phone, "procedure-search-phone");
    }

    /// <summary>Two procedures of the Lý lịch tư pháp field and one elsewhere, as the Sở Tư pháp publishes them.</summary>
    private async Task<string> PublishCriminalRecordProceduresAsync()
    {
        using var scope = browser.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var cancel = TestContext.Current.CancellationToken;
        var units = scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>();
        var justice = (await units.FindByCodeAsync("000.00.12.H40", cancel))!.Id;
        if (await db.Set<ProcedureField>().FindAsync(["LLTP"], cancel) is null)
        {
            db.Add(ProcedureField.Create("LLTP", "Lý lịch tư pháp"));
        }

        await using var form = new MemoryStream(Encoding.UTF8.GetBytes("Mẫu số 03/2013/TT-LLTP"));
        var formKey = (await scope.ServiceProvider.GetRequiredService<IFileStore>()
            .SaveAsync("catalog-forms", "mau-03-2013-TT-LLTP.docx", "application/octet-stream", form, cancel)).Key;

        var code = $"9.{RandomNumberGenerator.GetInt32(100_000, 1_000_000)}";
        Publish(db, code, CriminalRecord("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", justice, formKey));
        Publish(db, $"9.{RandomNumberGenerator.GetInt32(100_000, 1_000_000)}",
            CriminalRecord("Cấp Phiếu lý lịch tư pháp cho người nước ngoài", justice, formKey) with { OnlineLevel = OnlineServiceLevel.Partial });
        await db.SaveChangesAsync(cancel);
        return code;
    }

    private static void Publish(DbContext db, string code, ProcedureContent content)
    {
        var now = MotCuaApp.DefaultNow.UtcDateTime;
        var created = Procedure.Create(Guid.NewGuid(), code, content, now, isDemo: false);
        var procedure = created.IsSuccess ? created.Value : throw new InvalidOperationException(created.Error.Message);
        var decision = new PublicationDecision { Number = "1234/QĐ-UBND", SignedOn = PublishedOn.AddDays(-7), Signer = "Phó Chủ tịch UBND tỉnh", EffectiveOn = PublishedOn };
        var published = procedure.Publish(decision, now);
        _ = published.IsSuccess ? published.Value : throw new InvalidOperationException(published.Error.Message);
        db.Add(procedure);
    }

    private static ProcedureContent CriminalRecord(string name, Guid unit, string formKey) => new()
    {
        Name = name,
        FieldCode = "LLTP",
        Levels = CompetenceLevels.Province,
        CompetentAgency = "Sở Tư pháp tỉnh Lào Cai",
        ImplementingUnitId = unit,
        Channels = SubmissionChannels.Direct | SubmissionChannels.Online | SubmissionChannels.Postal,
        ProcessingTimes = [new ProcessingTime { Amount = 10, Unit = TimeUnit.WorkingDays }],
        Fees =
        [
            new FeeItem { Kind = FeeKind.Fee, Description = "Phí cung cấp thông tin lý lịch tư pháp", AmountDong = 200_000, Exemptions = "Trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo" },
            new FeeItem { Kind = FeeKind.Fee, Description = "Phí cho sinh viên, người có công với cách mạng", AmountDong = 100_000 },
        ],
        Components =
        [
            new DossierComponent { Name = "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", Originals = 1, FormName = "Mẫu số 03/2013/TT-LLTP", FormFileKey = formKey },
            new DossierComponent { Name = "Bản chụp Căn cước công dân hoặc Hộ chiếu của người được cấp Phiếu", Copies = 1 },
            new DossierComponent
            {
                Name = "Văn bản ủy quyền", Originals = 1, Requirement = ComponentRequirement.Conditional,
                Condition = "ủy quyền cho người khác làm thủ tục",
            },
        ],
        Sequence = "Bước 1: Người yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, qua bưu chính hoặc trực tuyến.\nBước 2: Sở Tư pháp tra cứu, xác minh thông tin lý lịch tư pháp.\nBước 3: Trả Phiếu lý lịch tư pháp theo ngày hẹn.",
        Subjects = "Công dân Việt Nam",
        Conditions = "Không",
        ResultType = "Phiếu lý lịch tư pháp",
        LegalBases =
        [
            new LegalBasis { Number = "28/2009/QH12", Title = "Luật Lý lịch tư pháp", IssuedOn = new DateOnly(2009, 6, 17), EffectiveOn = new DateOnly(2010, 7, 1) },
            new LegalBasis { Number = "111/2010/NĐ-CP", Title = "Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Lý lịch tư pháp", IssuedOn = new DateOnly(2010, 11, 23) },
        ],
        OnlineLevel = OnlineServiceLevel.Full,
    };
}
