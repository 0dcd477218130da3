namespace MotCua.Integration;

/// <summary>Marker of the national-portal reconciliation page's texts (Resources/ReconciliationText*.resx).</summary>
public sealed class ReconciliationText;
