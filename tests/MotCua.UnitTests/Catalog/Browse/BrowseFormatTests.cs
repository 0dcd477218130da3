using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MotCua.Catalog;
using MotCua.Catalog.Domain;
using MotCua.Catalog.Features.Browse;
using Shouldly;

namespace MotCua.UnitTests.Catalog.Browse;

public sealed class BrowseFormatTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private static BrowseFormat Format(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var factory = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        return new BrowseFormat(new StringLocalizer<BrowseText>(factory));
    }

    [Theory]
    [InlineData("vi-VN", "200.000 đồng")]
    [InlineData("en-US", "200,000 VND")]
    public void Money_is_written_with_the_readers_thousands_separator(string culture, string expected) =>
        Format(culture).Money(200_000).ShouldBe(expected);

    [Fact]
    public void A_fee_without_an_amount_shows_its_rule_and_free_procedures_say_so()
    {
        var format = Format("vi-VN");

        format.Fee(new FeeLine(FeeKind.Charge, "Lệ phí trước bạ", null, "2% giá trị tài sản", null)).ShouldBe("2% giá trị tài sản");
        format.FeeSummary([]).ShouldBe("Không thu phí, lệ phí");
        format.FeeSummary([new FeeLine(FeeKind.Fee, "Phí", 0, null, null)]).ShouldBe("Không thu phí, lệ phí");
    }

    [Fact]
    public void Processing_times_name_their_channel_only_when_channels_differ()
    {
        var format = Format("vi-VN");

        format.TimeSummary([new ProcessingTimeItem(null, 10, TimeUnit.WorkingDays)]).ShouldBe("10 ngày làm việc");
        format.TimeSummary(
        [
            new ProcessingTimeItem(SubmissionChannels.Direct, 10, TimeUnit.WorkingDays),
            new ProcessingTimeItem(SubmissionChannels.Online, 0.5m, TimeUnit.WorkingDays),
        ]).ShouldBe("Trực tiếp: 10 ngày làm việc; Trực tuyến: 0,5 ngày làm việc");
    }

    [Fact]
    public void Fee_labels_keep_the_legal_kind_without_repeating_it()
    {
        var format = Format("vi-VN");

        format.FeeLabel(new FeeLine(FeeKind.Fee, "Phí cung cấp thông tin lý lịch tư pháp", 200_000, null, null)).ShouldBe("Phí cung cấp thông tin lý lịch tư pháp");
        format.FeeLabel(new FeeLine(FeeKind.Charge, "Cấp giấy phép lái xe", 135_000, null, null)).ShouldBe("Lệ phí — Cấp giấy phép lái xe");
    }

    [Fact]
    public void Legal_bases_read_like_a_decisions_list()
    {
        Format("vi-VN").LegalBasis(new LegalBasisItem("28/2009/QH12", "Luật Lý lịch tư pháp", new DateOnly(2009, 6, 17), new DateOnly(2010, 7, 1)))
            .ShouldBe("Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/06/2009; có hiệu lực từ ngày 01/07/2010");
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
