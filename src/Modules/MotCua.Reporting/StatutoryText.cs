namespace MotCua.Reporting;

/// <summary>Marker of the statutory reports' texts (Resources/StatutoryText.resx).</summary>
public sealed class StatutoryText;
