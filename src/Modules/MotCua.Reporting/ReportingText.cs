namespace MotCua.Reporting;

/// <summary>Marker of the reporting pages' shared texts (Resources/ReportingText.resx).</summary>
public sealed class ReportingText;
