using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using MotCua.Catalog.Domain;
using MotCua.Catalog.Features.Transfer;
using Shouldly;

namespace MotCua.UnitTests.Catalog;

public sealed class CatalogExchangeTests
{
    private static readonly Guid Unit = Guid.Parse("11111111-1111-1111-1111-111111111111");

    [Fact]
    public void Content_survives_the_trip_through_the_exchange_shape_with_the_unit_named_by_code()
    {
        var content = AProcedure.Content() with { Conditions = "Trực tiếp làm thủ tục", InterAgencyGroup = "Liên thông khai sinh", IsSpecial = true };

        var exchange = CatalogExchangeMapping.ToExchange("1.001234", content, AProcedure.Decision(new DateOnly(2025, 1, 1)), "000.00.12.H40", [], null);
        var back = exchange.ToContent(Unit, _ => null);

        exchange.ImplementingUnit.ShouldBe("000.00.12.H40");
        exchange.Decision!.Number.ShouldBe("123/QĐ-UBND");
        JsonSerializer.Serialize(back, ProcedureVersion.JsonOptions).ShouldBe(JsonSerializer.Serialize(content, ProcedureVersion.JsonOptions));
    }

    [Fact]
    public void Enums_are_written_as_names_and_flags_as_a_list()
    {
        var exchange = CatalogExchangeMapping.ToExchange("1.001234", AProcedure.Content(), null, "X", [], null);

        var json = JsonSerializer.Serialize(exchange, CatalogExchangeJson.Options);

        json.ShouldContain("\"channels\":\"Direct, Online, Postal\"");
        json.ShouldContain("\"onlineLevel\":\"Full\"");
        json.ShouldContain("\"kind\":\"Fee\"");
        json.ShouldStartWith("{\"code\":\"1.001234\"");
        json.ShouldNotContain("decision");
    }

    [Fact]
    public void Malformed_json_is_reported_with_its_line_and_position()
    {
        var (document, failure) = ImportCatalogHandler.Parse("{\n  \"format\": \"motcua.catalog/v1\",\n  \"procedures\": [ { \"code\": }\n"u8);

        document.ShouldBeNull();
        failure!.Problem!.ShouldStartWith("Tệp không đúng định dạng JSON của danh mục thủ tục (dòng 3,");
        failure.Errors.Single().Key.ShouldBe("file");
    }

    [Fact]
    public void An_unknown_enum_value_is_reported_at_its_path()
    {
        var (_, failure) = ImportCatalogHandler.Parse("{\"format\":\"motcua.catalog/v1\",\"procedures\":[{\"code\":\"1.1\",\"onlineLevel\":3}]}"u8);

        failure!.Problem!.ShouldContain("tại $.procedures[0].onlineLevel");
    }

    [Theory]
    [InlineData(10, TimeUnit.WorkingDays, null, "10 ngày làm việc")]
    [InlineData(0.5, TimeUnit.WorkingDays, null, "0,5 ngày làm việc")]
    [InlineData(4, TimeUnit.WorkingHours, SubmissionChannels.Online, "Trực tuyến: 4 giờ làm việc")]
    [InlineData(2, TimeUnit.Months, null, "2 tháng")]
    public void Processing_times_read_as_a_civil_servant_writes_them(decimal amount, TimeUnit unit, SubmissionChannels? channel, string expected) =>
        ExportCatalogHandler.DescribeTime(new ProcessingTime { Amount = amount, Unit = unit, Channel = channel }).ShouldBe(expected);

    [Fact]
    public void Fees_are_in_dong_with_thousands_separators_and_free_ones_say_so()
    {
        ExportCatalogHandler.DescribeFee(new FeeItem { Description = "Lệ phí cấp GPLX", AmountDong = 135_000 }).ShouldBe("Lệ phí cấp GPLX: 135.000 đồng");
        ExportCatalogHandler.DescribeFee(new FeeItem { Description = "Lệ phí khai sinh", AmountDong = 0, Exemptions = "đúng hạn" }).ShouldBe("Lệ phí khai sinh: Miễn (miễn, giảm: đúng hạn)");
        ExportCatalogHandler.DescribeFee(new FeeItem { Description = "Phí chứng thực", Rule = "2.000 đồng/trang" }).ShouldBe("Phí chứng thực: 2.000 đồng/trang");
    }

    [Fact]
    public void Channels_are_listed_in_the_order_of_the_decree()
    {
        ExportCatalogHandler.DescribeChannels(SubmissionChannels.Postal | SubmissionChannels.Direct).ShouldBe("Trực tiếp; Qua dịch vụ bưu chính công ích");
    }

    [Theory]
    [InlineData("forms/2026/03/0190a1b2c3d4e5f60718293a4b5c6d7e-to-khai.docx", "to-khai.docx")]
    [InlineData("forms/2026/03/to-khai.docx", "to-khai.docx")]
    public void A_stored_form_gets_back_its_original_file_name(string key, string expected) =>
        ExportCatalogHandler.FormFileName(key).ShouldBe(expected);

    [Theory]
    [InlineData("mau.DOCX", true)]
    [InlineData("mau.pdf", true)]
    [InlineData("mau.exe", false)]
    [InlineData("mau", false)]
    public void Only_document_types_are_accepted_as_form_templates(string fileName, bool accepted) =>
        (FormFiles.ContentTypeOf(fileName) is not null).ShouldBe(accepted);

    [Fact]
    public void A_demo_form_is_a_word_document_with_the_title_and_fields_of_the_form()
    {
        var form = DemoForms.For("Mẫu số 03/2013/TT-LLTP").ShouldNotBeNull();

        using var document = WordprocessingDocument.Open(new MemoryStream(form.Content), false);
        var text = document.MainDocumentPart!.Document!.InnerText;
        text.ShouldContain("TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP");
        text.ShouldContain("Họ, chữ đệm và tên");
        form.FileName.ShouldEndWith(".docx");
        DemoForms.For("Mẫu không có").ShouldBeNull();
    }

    [Fact]
    public async Task The_demo_catalog_is_a_valid_exchange_document_of_the_lao_cai_province()
    {
        var document = await CatalogDemoData.LoadAsync(TestContext.Current.CancellationToken);

        document.Format.ShouldBe(CatalogExchangeDocument.FormatV1);
        document.Procedures.Count.ShouldBeGreaterThanOrEqualTo(45);
        document.Procedures.Select(p => p.Code).ShouldBeUnique();
        document.Procedures.ShouldAllBe(p => Procedure.IsValidCode(p.Code) && p.ImplementingUnit.EndsWith(".H40", StringComparison.Ordinal));
        var fields = document.Fields.Select(f => f.Code).ToHashSet();
        document.Procedures.ShouldAllBe(p => fields.Contains(p.Field));
        document.Procedures.SelectMany(p => p.Components).Count(c => c.FormFile != null).ShouldBeGreaterThanOrEqualTo(10);
        foreach (var procedure in document.Procedures.Where(p => p.Decision is not null))
        {
            var errors = new MotCua.Kernel.Results.ValidationErrors();
            procedure.ToContent(Unit, _ => null).ValidateForPublication(errors);
            errors.IsEmpty.ShouldBeTrue(procedure.Code);
        }
    }

    [Fact]
    public void Exchange_text_is_written_as_readable_vietnamese()
    {
        var json = JsonSerializer.Serialize(new ExchangeField("HT", "Hộ tịch"), CatalogExchangeJson.Options);

        Encoding.UTF8.GetByteCount(json).ShouldBeGreaterThan(json.Length);
        json.ShouldBe("{\"code\":\"HT\",\"name\":\"Hộ tịch\"}");
    }
}
