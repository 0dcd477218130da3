namespace MotCua.Engagement;

/// <summary>Marker of the satisfaction pages' texts (Resources/SatisfactionText.resx).</summary>
public sealed class SatisfactionText;

/// <summary>Marker of the PAKN pages' texts (Resources/FeedbackText.resx).</summary>
public sealed class FeedbackText;
