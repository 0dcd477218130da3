namespace MotCua.Dossiers;

/// <summary>Resource marker for the citizen portal pages (Resources/PortalText.resx).</summary>
public sealed class PortalText;
