namespace MotCua.Reporting.Domain.Index766;

/// <summary>Where a sub-indicator's numerator and denominator come from.</summary>
public enum IndicatorBasis
{
    /// <summary>Counted over dossiers (the projection), with a drill-down list of dossiers.</summary>
    Dossiers = 1,

    /// <summary>Counted over procedures of the catalog (with, for some, whether their dossiers show a fact).</summary>
    Procedures = 2,

    /// <summary>Counted over feedback and petitions (PAKN, DOMAIN B §6.3).</summary>
    Feedback = 3,

    /// <summary>No data source in MotCua yet: always N/A.</summary>
    Unavailable = 4,
}

/// <summary>
/// One sub-indicator (chỉ số thành phần) of a formula version: its maximum points, its threshold T when B §1.2 states
/// one, and whether it is a monitoring indicator that shows a value without points.
/// </summary>
public sealed record SubIndicator(
    string Id, int Group, string? Part, string Name, decimal MaxPoints, decimal? ThresholdPercent, IndicatorBasis Basis, bool Monitoring = false, bool Percent = true)
{
    /// <summary>Measure key of the dossiers counted in the numerator (drill-down "chiSo").</summary>
    public string NumeratorKey => $"766.{Id}.num";

    /// <summary>Measure key of the dossiers counted in the denominator.</summary>
    public string DenominatorKey => $"766.{Id}.den";
}

/// <summary>A part of a group scored on its own (group 3's online services 12 and online payment 10, DOMAIN A6).</summary>
public sealed record IndicatorPart(string Key, string Name, decimal MaxPoints);

public sealed record IndicatorGroup(int Number, string Name, decimal MaxPoints, IReadOnlyList<IndicatorPart> Parts);

/// <summary>A formula version: the groups and sub-indicators one computation follows, stored with every figure (DOMAIN A6).</summary>
public sealed record Formula(string Version, IReadOnlyList<IndicatorGroup> Groups, IReadOnlyList<SubIndicator> Indicators)
{
    public decimal MaxPoints => Groups.Sum(g => g.MaxPoints);

    public SubIndicator? Find(string? id) => Indicators.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));
}

/// <summary>
/// Formula version "766-dvcqg" (DOMAIN A6; B §1.1–1.3): the QĐ 766/QĐ-TTg index as the national portal (DVCQG) splits
/// it today, 18 / 20 / 22 (12 online services + 10 online payment) / 22 / 18.
/// </summary>
public static class Formula766
{
    public const string Version = "766-dvcqg";

    public const string OnlineServices = "3-dvctt";

    public const string OnlinePayment = "3-tttt";

    public static Formula Dvcqg { get; } = new(
        Version,
        [
            new(1, "Công khai, minh bạch", 18, []),
            new(2, "Tiến độ, kết quả giải quyết", 20, []),
            new(3, "Cung cấp dịch vụ trực tuyến", 22, [new(OnlineServices, "Dịch vụ công trực tuyến", 12), new(OnlinePayment, "Thanh toán trực tuyến", 10)]),
            new(4, "Số hóa hồ sơ", 22, []),
            new(5, "Mức độ hài lòng", 18, []),
        ],
        [
            new("1.1", 1, null, "Tỷ lệ TTHC công bố đúng hạn", 6, null, IndicatorBasis.Procedures),
            new("1.2", 1, null, "Tỷ lệ TTHC cập nhật, công khai đúng hạn trên CSDLQG", 4, null, IndicatorBasis.Procedures),
            new("1.3", 1, null, "Tỷ lệ TTHC công khai đầy đủ bộ phận tạo thành", 2, null, IndicatorBasis.Procedures),
            new("1.4", 1, null, "Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG", 6, null, IndicatorBasis.Dossiers),
            new("2.1", 2, null, "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", 20, null, IndicatorBasis.Dossiers),
            new("2.2", 2, null, "Thời gian giải quyết TTHC trung bình (ngày làm việc)", 0, null, IndicatorBasis.Dossiers, Monitoring: true, Percent: false),
            new("3.1", 3, OnlineServices, "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", 2, 80, IndicatorBasis.Procedures),
            // B §1.2: "Profile S9 uses 100% for 3.2" (IMPL); with T = 100% the rule equals proportional scoring.
            new("3.2", 3, OnlineServices, "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ", 4, 100, IndicatorBasis.Procedures),
            new("3.3", 3, OnlineServices, "Tỷ lệ hồ sơ nộp trực tuyến", 6, 50, IndicatorBasis.Dossiers),
            // B §1.3, 3.5 is "2 + 2" (S7): the two parts are scored as two sub-indicators with the same X/Y shape and T.
            new("3.5a", 3, OnlinePayment, "TTHC có nghĩa vụ tài chính được cung cấp trên Cổng DVCQG", 2, 80, IndicatorBasis.Procedures),
            new("3.5b", 3, OnlinePayment, "TTHC có nghĩa vụ tài chính có giao dịch thanh toán trực tuyến", 2, 80, IndicatorBasis.Procedures),
            new("3.6", 3, OnlinePayment, "Tỷ lệ hồ sơ thanh toán trực tuyến", 6, null, IndicatorBasis.Dossiers),
            new("4.1", 4, null, "Tỷ lệ hồ sơ có kết quả giải quyết điện tử", 6, null, IndicatorBasis.Dossiers),
            new("4.2", 4, null, "Tỷ lệ hồ sơ thực hiện số hóa", 4, 80, IndicatorBasis.Dossiers),
            // B §1.3 "4.x" (S7 only, metric ELECTRONIC_CERTIFIED_COPY): 2 points, no formula published and no certified
            // copies in MotCua, so it is always N/A; kept so that group 4 adds up to 22 as A6 says.
            new("4.x", 4, null, "Chứng thực bản sao điện tử từ bản chính", 2, null, IndicatorBasis.Unavailable),
            new("4.3", 4, null, "Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa", 2, 80, IndicatorBasis.Dossiers),
            new("4.4", 4, null, "Tỷ lệ hồ sơ sử dụng dữ liệu từ kho dữ liệu cá nhân", 4, null, IndicatorBasis.Dossiers),
            new("4.5a", 4, null, "Tỷ lệ TTHC kết nối, sử dụng dữ liệu dân cư", 2, null, IndicatorBasis.Procedures),
            new("4.5b", 4, null, "Tỷ lệ hồ sơ sử dụng dữ liệu dân cư", 2, null, IndicatorBasis.Dossiers),
            new("5.1", 5, null, "Phản ánh, kiến nghị theo phân loại (quy định hành chính)", 0, null, IndicatorBasis.Feedback, Monitoring: true),
            new("5.2", 5, null, "Tiến độ xử lý phản ánh, kiến nghị", 6, null, IndicatorBasis.Feedback),
            new("5.3", 5, null, "Mức độ hài lòng trong xử lý phản ánh, kiến nghị", 6, null, IndicatorBasis.Feedback),
            new("5.4", 5, null, "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC", 6, 90, IndicatorBasis.Dossiers),
        ]);
}
