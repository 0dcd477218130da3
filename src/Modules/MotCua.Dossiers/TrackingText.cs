namespace MotCua.Dossiers;

/// <summary>Resource marker for the public tracking page (Resources/TrackingText.resx).</summary>
public sealed class TrackingText;
