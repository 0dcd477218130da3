namespace MotCua.Dossiers;

/// <summary>Resource marker for the staff pages of the desk and the back office (Resources/DeskText.resx).</summary>
public sealed class DeskText;
