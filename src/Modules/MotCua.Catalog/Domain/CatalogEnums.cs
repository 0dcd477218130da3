namespace MotCua.Catalog.Domain;

/// <summary>Cấp thực hiện: the levels of government competent for a procedure.</summary>
[Flags]
public enum CompetenceLevels
{
    None = 0,
    Province = 1,
    District = 2,
    Commune = 4,
}

/// <summary>Cách thức thực hiện (NĐ 61/2018 Đ16); values match the national KenhThucHien codes 1–3 by name.</summary>
[Flags]
public enum SubmissionChannels
{
    None = 0,
    Direct = 1,
    Online = 2,
    Postal = 4,
}

/// <summary>Mức độ dịch vụ công trực tuyến (NĐ 42/2022 Đ11): toàn trình / một phần / không.</summary>
public enum OnlineServiceLevel
{
    None = 0,
    Partial = 1,
    Full = 2,
}

/// <summary>DonViTinh of the processing time (DOMAIN A3).</summary>
public enum TimeUnit
{
    WorkingDays = 1,
    CalendarDays = 2,
    WorkingHours = 3,
    Months = 4,
}

public enum FeeKind
{
    /// <summary>Phí.</summary>
    Fee = 1,

    /// <summary>Lệ phí.</summary>
    Charge = 2,
}

public enum ComponentRequirement
{
    Required = 1,

    /// <summary>Required only in a stated case ("trường hợp …").</summary>
    Conditional = 2,
}

public enum VersionStatus
{
    Draft = 1,
    Published = 2,
    Superseded = 3,
    Retired = 4,
}

public enum StepBudgetUnit
{
    WorkingDays = 1,
    WorkingHours = 3,
}
