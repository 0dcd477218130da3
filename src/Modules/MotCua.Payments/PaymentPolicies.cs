namespace MotCua.Payments;

/// <summary>Authorization policies of the Payments module.</summary>
public static class PaymentPolicies
{
    /// <summary>Đối soát thanh toán: system administrators, and leaders for the desks in their scope.</summary>
    public const string Reconciliation = "payment-reconciliation";
}
