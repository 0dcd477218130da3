namespace MotCua.Administration;

/// <summary>Resource marker for the working-calendar pages (Resources/CalendarText*.resx).</summary>
public sealed class CalendarText;
