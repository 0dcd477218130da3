namespace MotCua.Payments;

/// <summary>Marker of the Payments pages' texts (Resources/PaymentText.resx, .en.resx).</summary>
public sealed class PaymentText;
