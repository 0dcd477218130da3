namespace MotCua.Reporting.Domain.Periods;

/// <summary>The periods a statutory report is made for (DOMAIN A9): four quarters, 6 and 9 months, the year, or a range.</summary>
public enum ReportPeriodKind
{
    /// <summary>Khoảng thời gian tùy chọn: the reader's own days, with no due date.</summary>
    Custom = 0,
    Q1 = 1,
    Q2 = 2,
    Q3 = 3,
    Q4 = 4,

    /// <summary>Báo cáo 6 tháng: cumulative from the start of the year's window.</summary>
    SixMonths = 6,

    /// <summary>Báo cáo 9 tháng: cumulative from the start of the year's window.</summary>
    NineMonths = 9,

    /// <summary>Báo cáo năm.</summary>
    Year = 12,
}

/// <summary>How the data window (kỳ chốt số liệu) of a period is cut.</summary>
public enum WindowPattern
{
    /// <summary>
    /// NĐ 09/2019 pattern (DOMAIN A9, B §4): a quarter runs from the day after the cut-off day of the month before it to
    /// the cut-off day of its last month (15/12 → 14/3 for Q1); 6, 9 and 12 months run from the year's start (15/12 of
    /// the previous year) to the cut-off day of their last month.
    /// </summary>
    Decree09 = 0,

    /// <summary>Calendar quarters and months: 1/1 → 31/3, 1/1 → 30/6, …, 1/1 → 31/12.</summary>
    Calendar = 1,
}

/// <summary>What happens to a due date that falls on a day off.</summary>
public enum NonWorkingDuePolicy
{
    /// <summary>
    /// The due date moves to the next working day: Bộ luật Dân sự 2015 Đ148.5 ends a time limit whose last day is a day
    /// off at the end of the next working day, the rule DOMAIN A3 already applies to calendar-day deadlines.
    /// </summary>
    NextWorkingDay = 0,

    /// <summary>The due date moves back to the last working day before it (a stricter plan may ask for this).</summary>
    PreviousWorkingDay = 1,
}
