namespace MotCua.Reporting;

/// <summary>Marker of the 766 index pages' texts (Resources/Index766Text.resx).</summary>
public sealed class Index766Text;
