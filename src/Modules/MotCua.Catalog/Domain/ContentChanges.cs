using System.Globalization;

namespace MotCua.Catalog.Domain;

public enum ChangeKind
{
    Added = 1,
    Removed = 2,
    Changed = 3,
}

/// <summary>One difference between two versions of a procedure, labelled as the publication decision labels it.</summary>
public sealed record ContentChange(string Label, ChangeKind Kind, string? Before, string? After);

/// <summary>
/// What a new version changes (sửa đổi, bổ sung) compared with the one before it, field by field and row by row, so that
/// a control officer sees what a publication decision will actually change before signing it off.
/// </summary>
public static class ContentChanges
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IReadOnlyList<ContentChange> Between(ProcedureContent before, ProcedureContent after, Func<Guid, string>? unitName = null)
    {
        unitName ??= id => id.ToString();
        var changes = new List<ContentChange>();
        Scalar(changes, "Tên thủ tục", before.Name, after.Name);
        Scalar(changes, "Lĩnh vực", before.FieldCode, after.FieldCode);
        Scalar(changes, "Cấp thực hiện", Describe(before.Levels), Describe(after.Levels));
        Scalar(changes, "Cơ quan có thẩm quyền", before.CompetentAgency, after.CompetentAgency);
        Scalar(changes, "Cơ quan thực hiện",
            before.ImplementingUnitId == Guid.Empty ? null : unitName(before.ImplementingUnitId),
            after.ImplementingUnitId == Guid.Empty ? null : unitName(after.ImplementingUnitId));
        Scalar(changes, "Cách thức thực hiện", Describe(before.Channels), Describe(after.Channels));
        Rows(changes, "Thời hạn giải quyết", before.ProcessingTimes, after.ProcessingTimes, t => Describe(t.Channel), Describe);
        Rows(changes, "Phí, lệ phí", before.Fees, after.Fees, f => $"{Describe(f.Kind)} – {f.Description.Trim()}", Describe);
        Rows(changes, "Thành phần hồ sơ", before.Components, after.Components, c => c.Name.Trim(), Describe);
        Scalar(changes, "Trình tự thực hiện", before.Sequence, after.Sequence);
        Scalar(changes, "Đối tượng thực hiện", before.Subjects, after.Subjects);
        Scalar(changes, "Yêu cầu, điều kiện", before.Conditions, after.Conditions);
        Scalar(changes, "Kết quả thực hiện", before.ResultType, after.ResultType);
        Scalar(changes, "Kết quả bản giấy", YesNo(before.PaperResult), YesNo(after.PaperResult));
        Rows(changes, "Căn cứ pháp lý", before.LegalBases, after.LegalBases, b => b.Number.Trim(), Describe);
        Scalar(changes, "Mức độ dịch vụ công trực tuyến", Describe(before.OnlineLevel), Describe(after.OnlineLevel));
        Scalar(changes, "Đủ điều kiện DVCTT toàn trình", YesNo(before.EligibleForFullOnline), YesNo(after.EligibleForFullOnline));
        Scalar(changes, "Thủ tục đặc thù", YesNo(before.IsSpecial), YesNo(after.IsSpecial));
        Scalar(changes, "Thủ tục nội bộ", YesNo(before.IsInternal), YesNo(after.IsInternal));
        Scalar(changes, "Nhóm thủ tục liên thông", before.InterAgencyGroup, after.InterAgencyGroup);
        return changes;
    }

    public static string Describe(CompetenceLevels levels) => Join(
        (levels.HasFlag(CompetenceLevels.Province), "Cấp tỉnh"),
        (levels.HasFlag(CompetenceLevels.District), "Cấp huyện"),
        (levels.HasFlag(CompetenceLevels.Commune), "Cấp xã"));

    public static string Describe(SubmissionChannels channels) => Join(
        (channels.HasFlag(SubmissionChannels.Direct), "Trực tiếp"),
        (channels.HasFlag(SubmissionChannels.Online), "Trực tuyến"),
        (channels.HasFlag(SubmissionChannels.Postal), "Bưu chính công ích"));

    public static string Describe(SubmissionChannels? channel) => channel is { } c ? Describe(c) : "Mọi cách thức";

    public static string Describe(TimeUnit unit) => unit switch
    {
        TimeUnit.WorkingDays => "ngày làm việc",
        TimeUnit.CalendarDays => "ngày",
        TimeUnit.WorkingHours => "giờ làm việc",
        TimeUnit.Months => "tháng",
        _ => unit.ToString(),
    };

    public static string Describe(FeeKind kind) => kind == FeeKind.Fee ? "Phí" : "Lệ phí";

    public static string Describe(OnlineServiceLevel level) => level switch
    {
        OnlineServiceLevel.Full => "Toàn trình",
        OnlineServiceLevel.Partial => "Một phần",
        _ => "Không",
    };

    public static string Describe(ProcessingTime time) => $"{time.Amount.ToString("0.##", Vietnamese)} {Describe(time.Unit)}";

    public static string Money(long amountDong) => amountDong.ToString("N0", Vietnamese) + " đồng";

    private static string Describe(FeeItem fee)
    {
        var parts = new List<string> { fee.AmountDong is { } amount ? Money(amount) : fee.Rule?.Trim() ?? string.Empty };
        if (fee.AmountDong is not null && !string.IsNullOrWhiteSpace(fee.Rule))
        {
            parts.Add(fee.Rule.Trim());
        }

        if (!string.IsNullOrWhiteSpace(fee.Exemptions))
        {
            parts.Add("miễn, giảm: " + fee.Exemptions.Trim());
        }

        return string.Join("; ", parts);
    }

    private static string Describe(DossierComponent component)
    {
        var parts = new List<string> { $"{component.Originals} bản chính, {component.Copies} bản sao" };
        if (!string.IsNullOrWhiteSpace(component.FormName))
        {
            parts.Add("mẫu: " + component.FormName.Trim());
        }

        parts.Add(component.Requirement == ComponentRequirement.Conditional
            ? "nộp trong trường hợp: " + component.Condition?.Trim()
            : "bắt buộc");
        if (component.Reusable)
        {
            parts.Add("dùng lại kết quả số hóa");
        }

        return string.Join("; ", parts);
    }

    private static string Describe(LegalBasis basis)
    {
        var text = basis.Title.Trim();
        if (basis.IssuedOn is { } issued)
        {
            text += $", ban hành {issued.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        }

        if (basis.EffectiveOn is { } effective)
        {
            text += $", hiệu lực {effective.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        }

        return text;
    }

    private static string YesNo(bool value) => value ? "Có" : "Không";

    private static string Join(params (bool On, string Label)[] flags)
    {
        var on = flags.Where(f => f.On).Select(f => f.Label).ToList();
        return on.Count == 0 ? "Chưa chọn" : string.Join(", ", on);
    }

    private static void Scalar(List<ContentChange> changes, string label, string? before, string? after)
    {
        before = string.IsNullOrWhiteSpace(before) ? null : before.Trim();
        after = string.IsNullOrWhiteSpace(after) ? null : after.Trim();
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        var kind = before is null ? ChangeKind.Added : after is null ? ChangeKind.Removed : ChangeKind.Changed;
        changes.Add(new ContentChange(label, kind, before, after));
    }

    private static void Rows<T>(List<ContentChange> changes, string label, IReadOnlyList<T> before, IReadOnlyList<T> after,
        Func<T, string> keyOf, Func<T, string> describe)
    {
        var old = before.GroupBy(keyOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => describe(g.First()), StringComparer.Ordinal);
        var now = after.GroupBy(keyOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => describe(g.First()), StringComparer.Ordinal);
        foreach (var (key, value) in now)
        {
            if (!old.TryGetValue(key, out var previous))
            {
                changes.Add(new ContentChange($"{label}: {key}", ChangeKind.Added, null, value));
            }
            else if (!string.Equals(previous, value, StringComparison.Ordinal))
            {
                changes.Add(new ContentChange($"{label}: {key}", ChangeKind.Changed, previous, value));
            }
        }

        foreach (var (key, value) in old.Where(o => !now.ContainsKey(o.Key)))
        {
            changes.Add(new ContentChange($"{label}: {key}", ChangeKind.Removed, value, null));
        }
    }
}
