namespace MotCua.Administration;

/// <summary>Marker for the sign-in pages' strings: Resources/AccountText(.en).resx.</summary>
public sealed class AccountText;
