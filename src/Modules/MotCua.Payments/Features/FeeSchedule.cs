using Microsoft.EntityFrameworkCore;
using MotCua.Catalog.Contracts;
using MotCua.Dossiers.Contracts;
using MotCua.Payments.Domain;

namespace MotCua.Payments.Features;

/// <summary>A fee item as the citizen and the desk see it: listed amount or rule, who is exempted, and whether the exemption is claimed.</summary>
public sealed record FeeLine(int Number, bool IsCharge, string Description, long? ListedAmountDong, string? Rule, string? Exemptions, bool ExemptionClaimed)
{
    /// <summary>What is charged online for the line; null when the amount depends on the case (the desk tells it).</summary>
    public long? AmountDong => ExemptionClaimed ? 0 : ListedAmountDong;

    public bool MayClaimExemption => !string.IsNullOrWhiteSpace(Exemptions) && ListedAmountDong is > 0;
}

public sealed record FeeBreakdown(IReadOnlyList<FeeLine> Lines, long TotalDong)
{
    /// <summary>Items whose amount is a rule in words: they are settled at the desk, not online.</summary>
    public bool HasUnpricedLines => Lines.Any(l => l.AmountDong is null);
}

/// <summary>
/// The fees of a dossier: those of the procedure version it bound to at intake (never the current version), with the
/// citizen's exemption claims applied.
/// </summary>
internal sealed class FeeSchedule(DbContext db, IProcedureCatalog catalog)
{
    public async Task<FeeBreakdown?> ForAsync(DossierFacts dossier, CancellationToken cancellationToken)
    {
        var fees = await catalog.FeesOfVersionAsync(dossier.ProcedureVersionId, cancellationToken);
        if (fees is null)
        {
            return null;
        }

        var claimed = await db.Set<ExemptionClaim>().AsNoTracking()
            .Where(c => c.DossierCode == dossier.Code && c.ProcedureVersionId == dossier.ProcedureVersionId)
            .Select(c => c.ItemNumber)
            .ToListAsync(cancellationToken);
        var lines = fees
            .Select(f => new FeeLine(f.Number, f.IsCharge, f.Description, f.AmountDong, f.Rule, f.Exemptions,
                claimed.Contains(f.Number) && !string.IsNullOrWhiteSpace(f.Exemptions)))
            .ToList();
        return new FeeBreakdown(lines, lines.Sum(l => l.AmountDong ?? 0));
    }

    public static IReadOnlyList<PaymentItem> ItemsOf(FeeBreakdown fees) =>
        [.. fees.Lines.Where(l => l.ListedAmountDong is not null).Select(l => new PaymentItem(l.Number, l.Description, l.ListedAmountDong!.Value, l.ExemptionClaimed, l.Exemptions))];
}
