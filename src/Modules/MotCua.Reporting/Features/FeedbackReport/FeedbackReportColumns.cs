using MotCua.Engagement.Contracts;

namespace MotCua.Reporting.Features.FeedbackReport;

/// <summary>
/// The figures of the PAKN table in column order (DOMAIN B §4: received — carried over / new; classification —
/// regulation / conduct; handled — on time / late; in progress — within time / overdue; published; satisfied /
/// unsatisfied), each with the measure key the register lists it by. Columns (1) and (2) are STT and the unit.
/// </summary>
internal static class FeedbackReportColumns
{
    public static readonly IReadOnlyList<string> Keys =
    [
        FeedbackMeasureKeys.Received, FeedbackMeasureKeys.CarriedOver, FeedbackMeasureKeys.New,
        FeedbackMeasureKeys.Regulation, FeedbackMeasureKeys.Conduct,
        FeedbackMeasureKeys.Handled, FeedbackMeasureKeys.HandledOnTime, FeedbackMeasureKeys.HandledLate,
        FeedbackMeasureKeys.InProgress, FeedbackMeasureKeys.InProgressWithinTime, FeedbackMeasureKeys.InProgressOverdue,
        FeedbackMeasureKeys.Published,
        FeedbackMeasureKeys.Satisfied, FeedbackMeasureKeys.Unsatisfied,
    ];

    /// <summary>STT, unit, then the figures.</summary>
    public static int Count => Keys.Count + 2;
}
