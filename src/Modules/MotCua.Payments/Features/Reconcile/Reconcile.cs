using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;
using MotCua.Payments.Domain;
using MotCua.Payments.Gateway;

namespace MotCua.Payments.Features.Reconcile;

public enum MismatchKind
{
    /// <summary>Paid (or declined) here, unknown to the platform.</summary>
    MissingAtGateway = 1,

    /// <summary>On the platform's list, unknown here.</summary>
    MissingHere = 2,

    AmountDiffers = 3,

    StatusDiffers = 4,
}

public sealed record ReconciliationRow(
    MismatchKind Kind, string OrderId, string? DossierCode, long? OurAmountDong, PaymentState? OurState, long? GatewayAmountDong, GatewayStatus? GatewayStatus,
    string? TransactionId);

public sealed record Reconciliation(DateOnly Day, int OurCount, int GatewayCount, long OurPaidDong, long GatewayPaidDong, IReadOnlyList<ReconciliationRow> Mismatches);

/// <summary>
/// Đối soát: the day's payments here against the platform's transaction list of the same day (orders by their creation
/// day, Vietnam time). The platform is asked before the database is read, outside any transaction. Leaders see the rows
/// of the desks in their scope; orders unknown here are shown to system administrators only.
/// </summary>
internal sealed class ReconcileHandler(DbContext db, PaymentGatewayClient gateway)
{
    public async Task<Result<Reconciliation>> HandleAsync(ClaimsPrincipal user, DateOnly day, CancellationToken cancellationToken)
    {
        var listed = await gateway.DailyTransactionsAsync(day, cancellationToken);
        if (!listed.IsSuccess)
        {
            return listed.Error;
        }

        var from = Kernel.Calendar.VietnamTime.At(day, TimeOnly.MinValue).UtcDateTime;
        var to = from.AddDays(1);
        var ours = (await db.Set<Payment>().AsNoTracking()
            .Where(p => p.CreatedAtUtc >= from && p.CreatedAtUtc < to)
            .Select(p => new { p.OrderId, p.DossierCode, p.DeskUnitPath, p.AmountDong, p.State, p.GatewayTransactionId })
            .ToListAsync(cancellationToken))
            .Where(p => PaymentAccess.StaffSees(user, p.DeskUnitPath))
            .ToDictionary(p => p.OrderId, StringComparer.Ordinal);
        var admin = user.IsInRole(StaffRoles.SystemAdmin);
        var theirs = listed.Value
            .Where(t => admin || ours.ContainsKey(t.OrderId))
            .GroupBy(t => t.OrderId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

        var rows = new List<ReconciliationRow>();
        foreach (var (orderId, our) in ours)
        {
            if (!theirs.TryGetValue(orderId, out var their))
            {
                if (our.State is PaymentState.Paid or PaymentState.Failed)
                {
                    rows.Add(new(MismatchKind.MissingAtGateway, orderId, our.DossierCode, our.AmountDong, our.State, null, null, our.GatewayTransactionId));
                }

                continue;
            }

            var kind = their.AmountDong != our.AmountDong ? MismatchKind.AmountDiffers
                : !Agrees(our.State, their.Status) ? MismatchKind.StatusDiffers
                : (MismatchKind?)null;
            if (kind is { } k)
            {
                rows.Add(new(k, orderId, our.DossierCode, our.AmountDong, our.State, their.AmountDong, their.Status, their.TransactionId ?? our.GatewayTransactionId));
            }
        }

        rows.AddRange(theirs.Values
            .Where(t => !ours.ContainsKey(t.OrderId))
            .Select(t => new ReconciliationRow(MismatchKind.MissingHere, t.OrderId, t.Reference, null, null, t.AmountDong, t.Status, t.TransactionId)));

        return new Reconciliation(
            day,
            ours.Count,
            theirs.Count,
            ours.Values.Where(p => p.State == PaymentState.Paid).Sum(p => p.AmountDong),
            theirs.Values.Where(t => t.Status == GatewayStatus.Success).Sum(t => t.AmountDong ?? 0),
            [.. rows.OrderBy(r => r.Kind).ThenBy(r => r.OrderId, StringComparer.Ordinal)]);
    }

    /// <summary>Paid ↔ success, failed ↔ failed, pending or expired ↔ pending (the platform never took the money).</summary>
    private static bool Agrees(PaymentState ours, GatewayStatus? theirs) => (ours, theirs) switch
    {
        (PaymentState.Paid, GatewayStatus.Success) => true,
        (PaymentState.Failed, GatewayStatus.Failed) => true,
        (PaymentState.Pending or PaymentState.Expired, GatewayStatus.Pending) => true,
        _ => false,
    };

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

internal static class ReconcileEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/payments/reconciliation", async (string? date, ClaimsPrincipal user, ReconcileHandler handler, BusinessClock clock, CancellationToken cancellationToken) =>
            {
                var day = clock.Today;
                if (date is not null && !ReconcileHandler.TryParseDay(date, out day))
                {
                    return Error.Field("date", "Ngày đối soát phải có dạng yyyy-MM-dd.").ToProblem();
                }

                return (await handler.HandleAsync(user, day, cancellationToken)).Match(TypedResults.Ok);
            })
            .RequireAuthorization(PaymentPolicies.Reconciliation)
            .WithName("ReconcilePayments")
            .WithSummary("Đối soát giao dịch thanh toán trong ngày với cổng thanh toán")
            .Produces<Reconciliation>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
