using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Kernel;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Feedback;

/// <summary>
/// A dozen demo PAKN of the demo province in every state (published liked and disliked, in progress within time and
/// overdue, refused, transferred, awaiting a supplement, handled late, raised again), dated back from the clock, so that
/// the register, the public answers and the PAKN table have something to show on first run. Each goes through the
/// aggregate's own transitions, audited.
/// </summary>
internal sealed class FeedbackDemoData(DbContext db, IOrganisationDirectory organisation, IWorkingCalendarSource calendars, BusinessClock clock) : IDemoDataSeeder
{
    private const string Justice = "000.00.12.H40";
    private const string Transport = "000.00.10.H40";
    private const string SaPa = "000.00.53.H40";
    private const string TaVan = "000.21.53.H40";

    public int Order => 40;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var units = new Dictionary<string, HandlingUnit>(StringComparer.Ordinal);
        foreach (var code in new[] { Justice, Transport, SaPa, TaVan })
        {
            if (await organisation.FindByCodeAsync(code, cancellationToken) is not { } unit)
            {
                return;
            }

            units[code] = new HandlingUnit(unit.Id, unit.Path, unit.Name);
        }

        var now = clock.UtcNow;
        var n = 0;
        FeedbackCase Submit(string unit, int daysAgo, FeedbackChannel channel, string subject, string content, string? procedure = null, FeedbackCase? reRaises = null)
        {
            n++;
            var at = now.AddDays(-daysAgo).AddMinutes(-17 * n);
            var petitioner = new Petitioner(
                Names[n % Names.Length], $"0912 {300 + (n * 41 % 600):D3} {100 + (n * 67 % 800):D3}", $"Tổ {n}, phường Cốc Lếu, tỉnh Lào Cai", null, null);
            var item = FeedbackCase.Submit(
                $"PAKN-{BusinessClock.ToLocal(at):yyMMdd}-DEMO{n:D2}", units[unit], procedure, channel, reRaises is null ? petitioner : Petitioner(reRaises),
                null, subject, content, reRaises, at, calendar).Value!;
            db.Add(item);
            Audit(item, at, FeedbackTrigger.Submit, null);
            return item;
        }

        void Step(FeedbackCase item, int daysAgo, FeedbackTrigger trigger, Func<DateTime, Kernel.Results.Result<FeedbackState>> step)
        {
            var at = now.AddDays(-daysAgo);
            var from = item.State;
            if (step(at).IsSuccess)
            {
                Audit(item, at, trigger, from);
            }
        }

        var published = Submit(Justice, 24, FeedbackChannel.Portal, "Thủ tục chứng thực bản sao yêu cầu nộp bản chính",
            "Đề nghị không yêu cầu nộp bản chính khi đã xuất trình để đối chiếu, vì Nghị định 23/2015/NĐ-CP chỉ yêu cầu xuất trình.", "2.000815");
        Step(published, 23, FeedbackTrigger.Receive, at => published.Receive(FeedbackClassification.Regulation, at));
        Step(published, 12, FeedbackTrigger.RecordResult, at => published.RecordResult(
            "Sở Tư pháp đã chỉ đạo các phòng Tư pháp chỉ đối chiếu bản chính, không thu giữ; đã niêm yết lại hướng dẫn tại Bộ phận Một cửa.", at, calendar));
        Step(published, 11, FeedbackTrigger.Publish, published.Publish);
        Vote(published, [true, true, true, false]);

        var disliked = Submit(Transport, 30, FeedbackChannel.Hotline, "Cán bộ hướng dẫn đổi giấy phép lái xe thiếu nhiệt tình",
            "Công dân phản ánh qua đường dây nóng: cán bộ tại quầy không hướng dẫn đầy đủ, phải đi lại hai lần.", "1.002804");
        Step(disliked, 29, FeedbackTrigger.Receive, at => disliked.Receive(FeedbackClassification.Conduct, at));
        Step(disliked, 16, FeedbackTrigger.RecordResult, at => disliked.RecordResult("Đã kiểm điểm, nhắc nhở công chức và bố trí thêm người hướng dẫn.", at, calendar));
        Step(disliked, 15, FeedbackTrigger.Publish, disliked.Publish);
        Vote(disliked, [false, false, true]);

        var inProgress = Submit(Justice, 3, FeedbackChannel.Portal, "Đề nghị cho nộp trực tuyến đăng ký khai sinh cho con nuôi",
            "Thủ tục đăng ký khai sinh cho trẻ là con nuôi chưa cho nộp trực tuyến toàn trình, đề nghị bổ sung.");
        Step(inProgress, 2, FeedbackTrigger.Receive, at => inProgress.Receive(FeedbackClassification.Regulation, at));

        var overdue = Submit(SaPa, 40, FeedbackChannel.Written, "Chậm trả kết quả cấp giấy chứng nhận quyền sử dụng đất",
            "Hồ sơ nộp từ ba tháng trước vẫn chưa có kết quả, không có văn bản xin lỗi, hẹn lại.");
        Step(overdue, 38, FeedbackTrigger.Receive, at => overdue.Receive(FeedbackClassification.Conduct, at));

        Submit(TaVan, 1, FeedbackChannel.Survey, "Đề nghị niêm yết lịch tiếp công dân bằng tiếng Mông",
            "Phiếu lấy ý kiến tại xã: đề nghị niêm yết lịch làm việc và hướng dẫn thủ tục bằng tiếng Mông.");

        var refused = Submit(Justice, 10, FeedbackChannel.Portal, "Góp ý", "Không rõ nội dung.");
        Step(refused, 9, FeedbackTrigger.Refuse, at => refused.Refuse("Không nêu rõ nội dung phản ánh, không có địa chỉ liên hệ hợp lệ (Nghị định 20/2008/NĐ-CP Điều 7).", at));

        var transferred = Submit(SaPa, 6, FeedbackChannel.Portal, "Lệ phí đăng ký kết hôn có yếu tố nước ngoài",
            "Đề nghị công khai mức lệ phí đăng ký kết hôn có yếu tố nước ngoài trên Cổng dịch vụ công.");
        Step(transferred, 4, FeedbackTrigger.Transfer, at => transferred.Transfer(units[Justice], "Thuộc thẩm quyền của Sở Tư pháp.", at, calendar));

        var supplement = Submit(Transport, 8, FeedbackChannel.Portal, "Thời gian cấp phù hiệu xe kinh doanh vận tải",
            "Thời gian cấp phù hiệu kéo dài hơn quy định.");
        Step(supplement, 7, FeedbackTrigger.Receive, at => supplement.Receive(FeedbackClassification.Regulation, at));
        Step(supplement, 6, FeedbackTrigger.RequestSupplement, at => supplement.RequestSupplement("Đề nghị cung cấp mã hồ sơ và biển số xe.", at));

        var late = Submit(Justice, 50, FeedbackChannel.Written, "Yêu cầu giấy tờ ngoài quy định khi cấp phiếu lý lịch tư pháp",
            "Bộ phận Một cửa yêu cầu thêm giấy xác nhận cư trú không có trong thành phần hồ sơ.", "2.000488");
        Step(late, 48, FeedbackTrigger.Receive, at => late.Receive(FeedbackClassification.Regulation, at));
        Step(late, 20, FeedbackTrigger.RecordResult, at => late.RecordResult("Đã chấn chỉnh; không yêu cầu giấy xác nhận cư trú.", at, calendar));
        Step(late, 19, FeedbackTrigger.Publish, late.Publish);

        Submit(Transport, 2, FeedbackChannel.Portal, "Tiếp tục phản ánh việc hướng dẫn đổi giấy phép lái xe",
            "Sau khi có kết quả, tình trạng vẫn chưa được khắc phục.", "1.002804", reRaises: disliked);

        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] Names = ["Nguyễn Văn Hùng", "Trần Thị Thu", "Lò Văn Piểng", "Giàng A Chư", "Phạm Thị Nga", "Vũ Đức Thắng", "Hoàng Thị Mỷ"];

    private static Petitioner Petitioner(FeedbackCase earlier) =>
        new(earlier.PetitionerName, earlier.PetitionerPhone, earlier.PetitionerAddress, earlier.PetitionerEmail, earlier.PetitionerIdentityNumber);

    private void Vote(FeedbackCase item, bool[] likes)
    {
        for (var i = 0; i < likes.Length; i++)
        {
            item.Count(null, likes[i]);
            db.Add(FeedbackVote.Cast(item.Id, $"browser:demo{i}", likes[i], item.PublishedAtUtc!.Value.AddHours(i + 1)));
        }
    }

    private void Audit(FeedbackCase item, DateTime at, FeedbackTrigger trigger, FeedbackState? from) =>
        db.Add(AuditEntry.Record(at, CurrentActor.System, trigger.ToString(), nameof(FeedbackCase), item.Code, from?.ToString(), item.State.ToString(), "demo"));
}
