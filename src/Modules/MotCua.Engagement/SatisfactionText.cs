namespace MotCua.Engagement;

/// <summary>Marker of the satisfaction pages' texts (Resources/SatisfactionText.resx).</summary>
public sealed class SatisfactionText;
