namespace MotCua.Catalog;

/// <summary>Resource marker for the staff pages that edit the catalog (Resources/EditText.resx).</summary>
public sealed class EditText;
