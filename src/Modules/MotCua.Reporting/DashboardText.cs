namespace MotCua.Reporting;

/// <summary>Marker of the dashboard, alerts and public statistics texts (Resources/DashboardText.resx).</summary>
public sealed class DashboardText;
