using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.DevServices.PaymentGateway;
using MotCua.Dossiers.Domain;
using MotCua.IntegrationTests.Dossiers;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Outbox;
using MotCua.Payments.Contracts;
using MotCua.Payments.Domain;
using MotCua.Payments.Features.ClaimExemption;
using MotCua.Payments.Features.NotifyDossier;
using MotCua.Payments.Features.RequestPayment;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.IntegrationTests.Payments;

/// <summary>
/// Online payment against the fake payment platform over HTTP: the signed redirect, the platform's page, its signed
/// callback, the status query and the day's list. The fake is steered per test; the tests of one app run one after another.
/// </summary>
public abstract class PaymentGatewayTests(MotCuaApp app) : IntegrationTest(app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FakePaymentGateway Gateway => App.DevServices.PaymentGateway;

    private DossierDesk Desk => new(App);

    [Fact]
    public async Task A_successful_payment_is_paid_once_with_a_receipt_and_the_dossier_leaves_its_financial_obligation()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        redirect.AmountDong.ShouldBe(200_000);

        var back = await PayOnGatewayAsync(redirect, "pay");
        back.Query.ShouldContain("status=00");
        var payment = await PaymentAsync(redirect.OrderId);
        payment.State.ShouldBe(PaymentState.Paid);
        payment.ReceiptNumber.ShouldBe("BL" + redirect.OrderId);
        payment.SettledVia.ShouldBe("callback");
        (await AuditAsync(redirect.OrderId)).ShouldBe(["payment.request", "payment.paid"]);
        (await OutboxAsync(code)).ShouldBe(1);

        await DeliveredToTheDossierAsync(code);
        var dossier = await DossierAsync(code);
        dossier.State.ShouldBe(DossierState.InProcessing);
        dossier.OnlinePayments.ShouldHaveSingleItem().ReceiptNumber.ShouldBe(payment.ReceiptNumber);
        dossier.OnlinePaymentPlatform.ShouldBe((int)OnlinePaymentPlatform.NationalPlatform);
        dossier.Pauses.ShouldHaveSingleItem().EndedAtUtc.ShouldNotBeNull();
    }

    [Fact]
    public async Task Delivering_the_paid_message_twice_records_the_payment_once()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        await PayOnGatewayAsync(redirect, "pay");
        await DeliveredToTheDossierAsync(code);
        var message = await InDatabaseAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Topic == PaymentTopics.Paid && m.Key == code && m.Subscriber == DossierPaymentSubscriber.Name, Ct));
        (await App.Services.GetRequiredService<OutboxDispatcher>().RequeueAsync(message.Id, Ct)).ShouldBeFalse("a delivered message is not resent");

        await using var scope = App.Services.CreateAsyncScope();
        var dossiers = scope.ServiceProvider.GetRequiredService<MotCua.Dossiers.Contracts.IDossierPayments>();
        var paid = JsonSerializer.Deserialize<PaymentReceived>(message.PayloadJson, Outbox.Json)!;
        var again = await dossiers.RecordOnlinePaymentAsync(
            new(paid.PaymentId, paid.DossierCode, paid.AmountDong, paid.PaidAtUtc, paid.ReceiptNumber, paid.GatewayTransactionId, (int)paid.Platform), Ct);
        again.Value!.Recorded.ShouldBeFalse();
        (await DossierAsync(code)).OnlinePayments.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_declined_payment_fails_without_a_receipt_and_the_dossier_keeps_waiting()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        Gateway.NextOutcome = GatewayOutcome.Failure;
        try
        {
            await PayOnGatewayAsync(redirect, "pay");
        }
        finally
        {
            Gateway.NextOutcome = GatewayOutcome.Success;
        }

        var payment = await PaymentAsync(redirect.OrderId);
        payment.State.ShouldBe(PaymentState.Failed);
        payment.ReceiptNumber.ShouldBeNull();
        (await OutboxAsync(code)).ShouldBe(0);
        (await DossierAsync(code)).State.ShouldBe(DossierState.AwaitingFinancialObligation);
    }

    [Fact]
    public async Task Cancelling_on_the_platform_page_fails_the_payment()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        var back = await PayOnGatewayAsync(redirect, "cancel");
        back.Query.ShouldContain("status=02");
        (await PaymentAsync(redirect.OrderId)).State.ShouldBe(PaymentState.Failed);
    }

    [Fact]
    public async Task A_duplicate_callback_is_acknowledged_and_changes_nothing()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        Gateway.DuplicateCallbacks = true;
        try
        {
            await PayOnGatewayAsync(redirect, "pay");
        }
        finally
        {
            Gateway.DuplicateCallbacks = false;
        }

        var answers = Callbacks(redirect.OrderId);
        answers.Count.ShouldBe(2);
        answers.ShouldAllBe(c => c.HttpStatus == 200 && c.Body.Contains("\"code\":\"00\""));
        (await AuditAsync(redirect.OrderId)).ShouldBe(["payment.request", "payment.paid"]);
        (await OutboxAsync(code)).ShouldBe(1);
    }

    [Fact]
    public async Task A_late_callback_after_the_status_query_settled_the_payment_changes_nothing()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        Gateway.CallbackMode = CallbackMode.Hold;
        try
        {
            await PayOnGatewayAsync(redirect, "pay");
        }
        finally
        {
            Gateway.CallbackMode = CallbackMode.Immediate;
        }

        (await PaymentAsync(redirect.OrderId)).State.ShouldBe(PaymentState.Pending);
        var status = await QueryStatusAsync(redirect.OrderId);
        status.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await status.Content.ReadFromJsonAsync<JsonElement>(Ct);
        body.GetProperty("state").GetString().ShouldBe("Paid");
        body.GetProperty("changed").GetBoolean().ShouldBeTrue();

        await Gateway.ReleaseHeldCallbacksAsync(Ct);
        Callbacks(redirect.OrderId).ShouldHaveSingleItem().HttpStatus.ShouldBe(200);
        var payment = await PaymentAsync(redirect.OrderId);
        payment.SettledVia.ShouldBe("status-query");
        (await AuditAsync(redirect.OrderId)).ShouldBe(["payment.request", "payment.paid"]);
        (await OutboxAsync(code)).ShouldBe(1);
    }

    [Fact]
    public async Task A_forged_callback_is_refused_and_changes_nothing()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        Gateway.ForgeNextCallback = true;
        await PayOnGatewayAsync(redirect, "pay");

        var refused = Callbacks(redirect.OrderId).ShouldHaveSingleItem();
        refused.Forged.ShouldBeTrue();
        refused.HttpStatus.ShouldBe(403);
        refused.Body.ShouldContain("Chữ ký");
        (await PaymentAsync(redirect.OrderId)).State.ShouldBe(PaymentState.Pending);
        (await AuditAsync(redirect.OrderId)).ShouldBe(["payment.request"]);
        (await OutboxAsync(code)).ShouldBe(0);
    }

    [Fact]
    public async Task A_callback_with_another_amount_is_refused_and_changes_nothing()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        Gateway.NextCallbackAmount = 1_000;
        await PayOnGatewayAsync(redirect, "pay");

        var refused = Callbacks(redirect.OrderId).ShouldHaveSingleItem();
        refused.HttpStatus.ShouldBe(409);
        refused.Body.ShouldContain("payment-amount-mismatch");
        (await PaymentAsync(redirect.OrderId)).State.ShouldBe(PaymentState.Pending);
        (await OutboxAsync(code)).ShouldBe(0);
    }

    [Fact]
    public async Task A_callback_for_someone_elses_dossier_is_refused_and_changes_nothing()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var (otherCode, _) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        Gateway.NextCallbackReference = otherCode;
        await PayOnGatewayAsync(redirect, "pay");

        Callbacks(redirect.OrderId).ShouldHaveSingleItem().HttpStatus.ShouldBe(403);
        (await PaymentAsync(redirect.OrderId)).State.ShouldBe(PaymentState.Pending);
        (await OutboxAsync(code)).ShouldBe(0);
        (await OutboxAsync(otherCode)).ShouldBe(0);
        (await DossierAsync(otherCode)).OnlinePayments.ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_the_applicant_may_ask_to_pay_for_a_dossier()
    {
        var (code, _) = await AwaitingPaymentAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<RequestPaymentHandler>();
        var refused = await handler.HandleAsync(NewCitizenId(), code, ReturnUrl(code), NotifyUrl, Ct);
        refused.Error!.Code.ShouldBe("dossier-not-found");
        (await InDatabaseAsync(db => db.Set<Payment>().CountAsync(p => p.DossierCode == code, Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_status_query_that_times_out_is_answered_503_and_changes_nothing()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        Gateway.CallbackMode = CallbackMode.Skip;
        Gateway.StatusQueryDelay = TimeSpan.FromSeconds(6);
        try
        {
            await PayOnGatewayAsync(redirect, "pay");
            using var response = await QueryStatusAsync(redirect.OrderId);
            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("payment-gateway-timeout");
        }
        finally
        {
            Gateway.CallbackMode = CallbackMode.Immediate;
            Gateway.StatusQueryDelay = TimeSpan.Zero;
        }

        (await PaymentAsync(redirect.OrderId)).State.ShouldBe(PaymentState.Pending);
        (await AuditAsync(redirect.OrderId)).ShouldBe(["payment.request"]);

        using var retried = await QueryStatusAsync(redirect.OrderId);
        retried.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PaymentAsync(redirect.OrderId)).State.ShouldBe(PaymentState.Paid);
    }

    [Fact]
    public async Task The_reconciliation_lists_what_is_missing_on_either_side_and_what_differs()
    {
        // Paid here, forgotten by the platform.
        var (a, citizenA) = await AwaitingPaymentAsync();
        var paidHere = await RequestAsync(citizenA, a);
        await PayOnGatewayAsync(paidHere, "pay");
        Gateway.Forget(paidHere.OrderId);

        // The platform recorded another amount.
        var (b, citizenB) = await AwaitingPaymentAsync();
        var otherAmount = await RequestAsync(citizenB, b);
        await PayOnGatewayAsync(otherAmount, "pay");
        Gateway.Record(Gateway.Find(otherAmount.OrderId)! with { Amount = 150_000 });

        // Paid on the platform, callback lost: still pending here.
        var (c, citizenC) = await AwaitingPaymentAsync();
        var lost = await RequestAsync(citizenC, c);
        Gateway.CallbackMode = CallbackMode.Skip;
        try
        {
            await PayOnGatewayAsync(lost, "pay");
        }
        finally
        {
            Gateway.CallbackMode = CallbackMode.Immediate;
        }

        // An order the platform has and MotCua never issued.
        var stranger = "MC260302" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var day = MotCuaApp.DefaultNow.DateTime;
        Gateway.Record(new GatewayTransactionRecord(stranger, "GDX", 50_000, "không rõ", "00", day, day, "http://localhost/", "http://localhost/"));

        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var report = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/payments/reconciliation?date={day:yyyy-MM-dd}", Ct);
        var rows = report.GetProperty("mismatches").EnumerateArray()
            .ToDictionary(r => r.GetProperty("orderId").GetString()!, r => r.GetProperty("kind").GetString());
        rows[paidHere.OrderId].ShouldBe("MissingAtGateway");
        rows[otherAmount.OrderId].ShouldBe("AmountDiffers");
        rows[lost.OrderId].ShouldBe("StatusDiffers");
        rows[stranger].ShouldBe("MissingHere");
        Gateway.Forget(stranger);
    }

    [Fact]
    public async Task The_reconciliation_is_for_administrators_and_leaders_and_wants_a_real_date()
    {
        using var desk = await App.SignedInClientAsync(DossierDesk.Desk);
        using var forbidden = await desk.GetAsync("/api/v1/payments/reconciliation?date=2026-03-02", Ct);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        using var bad = await admin.GetAsync("/api/v1/payments/reconciliation?date=02/03/2026", Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_exemption_claim_charges_the_item_nothing_and_the_desk_sees_it()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var fees = await scope.ServiceProvider.GetRequiredService<ClaimExemptionHandler>().HandleAsync(citizen, code, 1, claim: true, Ct);
            fees.Value!.TotalDong.ShouldBe(0);
            fees.Value.Lines.ShouldHaveSingleItem().ExemptionClaimed.ShouldBeTrue();
            var refused = await scope.ServiceProvider.GetRequiredService<RequestPaymentHandler>().HandleAsync(citizen, code, ReturnUrl(code), NotifyUrl, Ct);
            refused.Error!.Code.ShouldBe("nothing-to-pay");
        }

        using var desk = await App.SignedInClientAsync(DossierDesk.Desk);
        var page = new HtmlParser().ParseDocument(await desk.GetStringAsync($"/quan-tri/ho-so/{code}/thanh-toan", Ct));
        page.QuerySelector("h1")!.TextContent.ShouldBe("Phí, lệ phí và thanh toán trực tuyến");
        page.QuerySelector("[role=status]")!.TextContent.ShouldContain("Phí cung cấp thông tin lý lịch tư pháp");
        page.QuerySelector("tbody")!.TextContent.ShouldContain("Đã đề nghị miễn");
        (await AuditOfDossierAsync(code)).ShouldContain("payment.claim-exemption");
    }

    [Fact]
    public async Task The_receipt_is_shown_to_the_desk_that_received_the_dossier_and_to_no_other()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        await PayOnGatewayAsync(redirect, "pay");
        var number = (await PaymentAsync(redirect.OrderId)).ReceiptNumber!;

        using var desk = await App.SignedInClientAsync(DossierDesk.Desk);
        var receipt = new HtmlParser().ParseDocument(await desk.GetStringAsync($"/quan-tri/bien-lai/{number}", Ct));
        receipt.QuerySelector("#bien-lai")!.TextContent.ShouldContain("Biên lai");
        receipt.Body!.TextContent.ShouldContain(number);
        receipt.QuerySelector("tfoot")!.TextContent.ShouldContain("200.000 đ");

        using var other = await App.SignedInClientAsync(DossierDesk.OtherDesk);
        using var hidden = await other.GetAsync($"/quan-tri/bien-lai/{number}", Ct);
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_reconciliation_page_lists_the_mismatches_of_the_day()
    {
        var (code, citizen) = await AwaitingPaymentAsync();
        var redirect = await RequestAsync(citizen, code);
        await PayOnGatewayAsync(redirect, "pay");
        Gateway.Forget(redirect.OrderId);

        using var admin = await App.SignedInClientAsync("admin@motcua.demo");
        var page = new HtmlParser().ParseDocument(await admin.GetStringAsync($"/quan-tri/doi-soat-thanh-toan?ngay={MotCuaApp.DefaultNow:yyyy-MM-dd}", Ct));
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(redirect.OrderId, StringComparison.Ordinal));
        row.TextContent.ShouldContain("Cổng thanh toán không có");

        var bad = new HtmlParser().ParseDocument(await admin.GetStringAsync("/quan-tri/doi-soat-thanh-toan?ngay=hom-nay", Ct));
        bad.QuerySelector("#loi-ngay")!.TextContent.ShouldContain("năm-tháng-ngày");
    }

    [Fact]
    public async Task The_applicant_pays_from_the_portal_and_gets_the_receipt()
    {
        const string citizen = "001190123456";
        var (code, _) = await AwaitingPaymentAsync(citizen);
        using var portal = await App.CitizenClientAsync(citizen);

        var page = new HtmlParser().ParseDocument(await portal.GetStringAsync($"/cong-dan/ho-so/{code}/thanh-toan", Ct));
        page.QuerySelector("tfoot")!.TextContent.ShouldContain("200.000 đ");
        var form = page.QuerySelectorAll("form").Single(f => f.GetAttribute("action")!.Contains("handler=Pay", StringComparison.Ordinal));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var pay = await portal.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        pay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var gatewayPage = pay.Headers.Location!;
        gatewayPage.ToString().ShouldStartWith(App.DevServices.BaseAddress.ToString());

        var orderId = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(gatewayPage.Query)["order_id"].ToString();
        var back = await PayOnGatewayAsync(new PaymentRedirect(orderId, 200_000, gatewayPage), "pay");
        var result = new HtmlParser().ParseDocument(await portal.GetStringAsync(back.PathAndQuery, Ct));
        result.QuerySelector("[role=status]")!.TextContent.ShouldContain("Đã thanh toán thành công");
        var receiptLink = result.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.Contains("/bien-lai/", StringComparison.Ordinal)).GetAttribute("href")!;

        var receipt = new HtmlParser().ParseDocument(await portal.GetStringAsync(receiptLink, Ct));
        receipt.Body!.TextContent.ShouldContain("BL" + orderId);
        receipt.Body.TextContent.ShouldContain("Phạm Thị Mai");
    }

    [Fact]
    public async Task Another_citizen_cannot_see_or_pay_for_the_dossier()
    {
        var (code, _) = await AwaitingPaymentAsync("038092007777");
        using var stranger = await App.CitizenClientAsync("010060001234");
        using var page = await stranger.GetAsync($"/cong-dan/ho-so/{code}/thanh-toan", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Uri NotifyUrl => new("http://localhost/api/v1/payments/callback");

    private static Uri ReturnUrl(string code) => new($"http://localhost/cong-dan/ho-so/{code}/thanh-toan/ket-qua");

    private static string NewCitizenId() => "0010" + Random.Shared.Next(80, 100) + Random.Shared.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An LLTP dossier (200.000 đồng fee) of a new citizen, in processing and waiting for the fee.</summary>
    private async Task<(string Code, string CitizenId)> AwaitingPaymentAsync(string? applicant = null)
    {
        Gateway.CallbackHandler ??= App.Server.CreateHandler();
        var citizen = applicant ?? NewCitizenId();
        var received = await Desk.ReceiveAsync(DossierDesk.Body(DossierDesk.UniqueName(), identifier: citizen));
        var code = received.GetProperty("code").GetString()!;
        await Desk.DoAsync(DossierDesk.Desk, code, "transfer");
        await Desk.DoAsync(DossierDesk.Officer, code, "request-financial-obligation", new { description = "Nộp phí cung cấp thông tin lý lịch tư pháp", amountDong = 200_000 });
        return (code, citizen);
    }

    private async Task<PaymentRedirect> RequestAsync(string citizen, string code)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RequestPaymentHandler>().HandleAsync(citizen, code, ReturnUrl(code), NotifyUrl, Ct);
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        return result.Value!;
    }

    /// <summary>The citizen's browser on the platform: opens the payment page and presses a button; returns where it is sent back.</summary>
    private static async Task<Uri> PayOnGatewayAsync(PaymentRedirect redirect, string action)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var page = await browser.GetStringAsync(redirect.PaymentPage, Ct);
        page.ShouldContain("Thanh toán");
        page.ShouldContain("Hủy");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["order_id"] = redirect.OrderId, ["action"] = action });
        using var response = await browser.PostAsync(new Uri(redirect.PaymentPage, "thanh-toan"), form, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!;
    }

    private async Task<HttpResponseMessage> QueryStatusAsync(string orderId)
    {
        var client = await App.SignedInClientAsync(DossierDesk.Desk);
        return await client.PostAsync($"/api/v1/payments/{orderId}/status-query", null, Ct);
    }

    private List<SentCallback> Callbacks(string orderId) => [.. Gateway.SentCallbacks.Where(c => c.OrderId == orderId)];

    private Task<Payment> PaymentAsync(string orderId) =>
        InDatabaseAsync(db => db.Set<Payment>().AsNoTracking().SingleAsync(p => p.OrderId == orderId, Ct));

    private Task<Dossier> DossierAsync(string code) =>
        InDatabaseAsync(db => db.Set<Dossier>().AsNoTracking().AsSplitQuery().SingleAsync(d => d.Code == code, Ct));

    private Task<List<string>> AuditAsync(string orderId) =>
        InDatabaseAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityType == nameof(Payment) && a.EntityId == orderId)
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct));

    private Task<List<string>> AuditOfDossierAsync(string code) =>
        InDatabaseAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityType == "Dossier" && a.EntityId == code).Select(a => a.Action).ToListAsync(Ct));

    /// <summary>
    /// Dispatches until the dossier's paid message is delivered: other tests' messages share the outbox and the background
    /// pump may be the one delivering it.
    /// </summary>
    private async Task DeliveredToTheDossierAsync(string code)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await App.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(cancellationToken: Ct);
            var delivered = await InDatabaseAsync(db => db.Set<OutboxMessage>().AnyAsync(
                m => m.Topic == PaymentTopics.Paid && m.Key == code && m.Subscriber == DossierPaymentSubscriber.Name && m.Status == OutboxStatus.Delivered, Ct));
            if (delivered)
            {
                return;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException($"The paid message of {code} was not delivered to the dossier.");
    }

    private Task<int> OutboxAsync(string code) =>
        // Notifications subscribe to the same topic: count the messages owed to the dossier.
        InDatabaseAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Topic == PaymentTopics.Paid && m.Key == code && m.Subscriber == DossierPaymentSubscriber.Name, Ct));

    private async Task<T> InDatabaseAsync<T>(Func<DbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DbContext>());
    }
}

public sealed class PaymentGatewayTests_Sqlite(SqliteApp app) : PaymentGatewayTests(app);

public sealed class PaymentGatewayTests_Postgres(PostgresApp app) : PaymentGatewayTests(app);
