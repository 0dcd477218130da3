using MotCua.Kernel.Results;
using MotCua.Payments.Domain;
using Shouldly;

namespace MotCua.UnitTests.Payments;

public sealed class PaymentStateMachineTests
{
    private const string Dossier = "000.00.12.H40-260302-0001";
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    private static Payment APendingPayment(bool exempted = false) => Payment.Request(
        new PaymentFor(Guid.NewGuid(), Dossier, "1.001234", "Cấp Phiếu lý lịch tư pháp", "/1/", "001090001234", "Nguyễn Văn A"),
        [new PaymentItem(1, "Phí cung cấp thông tin lý lịch tư pháp", 200_000, exempted, "Miễn cho trẻ em"), new PaymentItem(2, "Phí cấp bản sao", 5_000, false, null)],
        platform: 1, Now, TimeSpan.FromMinutes(15)).Value!;

    private static GatewayReport Report(Payment payment, GatewayStatus status, long? amount = null, string? reference = null, string? transaction = "GD1") =>
        new(payment.OrderId, transaction, amount ?? payment.AmountDong, reference ?? Dossier, status, Now.AddMinutes(1));

    [Fact]
    public void A_request_sums_the_items_less_the_claimed_exemptions_and_waits()
    {
        var payment = APendingPayment(exempted: true);
        payment.AmountDong.ShouldBe(5_000);
        payment.State.ShouldBe(PaymentState.Pending);
        payment.OrderId.ShouldStartWith("MC260302");
        payment.ExpiresAtUtc.ShouldBe(Now.AddMinutes(15));
    }

    [Fact]
    public void Nothing_to_pay_is_refused()
    {
        var request = Payment.Request(
            new PaymentFor(Guid.NewGuid(), Dossier, "1.001234", "LLTP", "/1/", "001090001234", "A"),
            [new PaymentItem(1, "Phí", 200_000, exemptionClaimed: true, "Miễn cho trẻ em")], 1, Now, TimeSpan.FromMinutes(15));
        request.IsSuccess.ShouldBeFalse();
        request.Error!.Code.ShouldBe("nothing-to-pay");
    }

    [Fact]
    public void A_successful_report_pays_and_issues_the_receipt()
    {
        var payment = APendingPayment();
        var settled = payment.Settle(Report(payment, GatewayStatus.Success), "callback", Now.AddMinutes(2));
        settled.Value!.ShouldBe(new Settlement(PaymentState.Pending, PaymentState.Paid));
        payment.ReceiptNumber.ShouldBe("BL" + payment.OrderId);
        payment.GatewayTransactionId.ShouldBe("GD1");
        payment.PaidAtUtc.ShouldBe(Now.AddMinutes(1));
        payment.SettledVia.ShouldBe("callback");
    }

    [Fact]
    public void A_failed_report_fails_without_a_receipt()
    {
        var payment = APendingPayment();
        payment.Settle(Report(payment, GatewayStatus.Failed), "callback", Now).Value!.To.ShouldBe(PaymentState.Failed);
        payment.ReceiptNumber.ShouldBeNull();
    }

    [Fact]
    public void A_duplicate_report_changes_nothing()
    {
        var payment = APendingPayment();
        payment.Settle(Report(payment, GatewayStatus.Success), "callback", Now);
        var version = payment.Version;
        var again = payment.Settle(Report(payment, GatewayStatus.Success, transaction: "GD2"), "callback", Now.AddMinutes(5));
        again.Value!.Changed.ShouldBeFalse();
        payment.GatewayTransactionId.ShouldBe("GD1");
        payment.Version.ShouldBe(version);
    }

    [Fact]
    public void A_late_report_after_the_status_query_settled_it_changes_nothing()
    {
        var payment = APendingPayment();
        payment.Settle(Report(payment, GatewayStatus.Failed), "status-query", Now);
        payment.Settle(Report(payment, GatewayStatus.Success), "callback", Now.AddMinutes(1)).Value!.ShouldBe(new Settlement(PaymentState.Failed, PaymentState.Failed));
        payment.SettledVia.ShouldBe("status-query");
    }

    [Fact]
    public void Still_pending_within_the_window_stays_pending_and_expires_after_it()
    {
        var payment = APendingPayment();
        payment.Settle(Report(payment, GatewayStatus.Pending), "status-query", Now.AddMinutes(14)).Value!.Changed.ShouldBeFalse();
        payment.Settle(Report(payment, GatewayStatus.NotFound, reference: null), "status-query", Now.AddMinutes(15)).Value!.To.ShouldBe(PaymentState.Expired);
    }

    [Fact]
    public void A_report_with_another_amount_is_refused_and_changes_nothing()
    {
        var payment = APendingPayment();
        var refused = payment.Settle(Report(payment, GatewayStatus.Success, amount: 1), "callback", Now);
        refused.Error!.Code.ShouldBe("payment-amount-mismatch");
        payment.State.ShouldBe(PaymentState.Pending);
    }

    [Fact]
    public void A_report_naming_another_dossier_is_refused_and_changes_nothing()
    {
        var payment = APendingPayment();
        var refused = payment.Settle(Report(payment, GatewayStatus.Success, reference: "000.00.12.H40-260302-0002"), "callback", Now);
        refused.Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        payment.State.ShouldBe(PaymentState.Pending);
    }

    [Fact]
    public void A_success_without_a_transaction_number_is_refused()
    {
        var payment = APendingPayment();
        payment.Settle(Report(payment, GatewayStatus.Success, transaction: " "), "callback", Now).IsSuccess.ShouldBeFalse();
        payment.State.ShouldBe(PaymentState.Pending);
    }
}
