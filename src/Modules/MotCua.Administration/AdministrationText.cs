namespace MotCua.Administration;

/// <summary>Resource marker for the Administration module's pages (Resources/AdministrationText*.resx).</summary>
public sealed class AdministrationText;
