namespace MotCua.Catalog;

/// <summary>Resource marker for the catalog import/export pages (Resources/TransferText.resx).</summary>
public sealed class TransferText;
