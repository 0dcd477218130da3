namespace MotCua.Reporting;

/// <summary>Marker of the PAKN table's texts (Resources/FeedbackReportText.resx).</summary>
public sealed class FeedbackReportText;
