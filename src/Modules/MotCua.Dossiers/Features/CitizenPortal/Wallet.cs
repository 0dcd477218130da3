using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Domain;

namespace MotCua.Dossiers.Features.CitizenPortal;

public sealed record WalletItem(Guid Id, WalletDocumentKind Kind, string Name, string FileName, string ContentType, long Size, string SourceDossierCode, string ProcedureCode, DateTime AddedAt, bool ForOrganisation, int Reuses);

/// <summary>
/// Kho dữ liệu: the documents of the signed-in citizen (owned by their CCCD) and those of the organisations they
/// submitted for as representative; an organisation's documents are never shown to someone who only knows its tax code.
/// </summary>
internal sealed class WalletHandler(DbContext db)
{
    public async Task<IReadOnlyList<WalletItem>> ListAsync(string citizenId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(citizenId);
        var reuses = db.Set<WalletReuse>();
        var rows = await db.Set<WalletDocument>().AsNoTracking()
            .Where(w => w.OwnerIdentifier == citizenId || w.RepresentativeIdentifier == citizenId)
            .OrderByDescending(w => w.AddedAtUtc).ThenBy(w => w.SourceDossierCode).ThenBy(w => w.ComponentNumber)
            .Take(500)
            .Select(w => new { Document = w, Reuses = reuses.Count(r => r.DocumentId == w.Id) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new WalletItem(r.Document.Id, r.Document.Kind, r.Document.Name, r.Document.File.FileName, r.Document.File.ContentType,
            r.Document.File.Size, r.Document.SourceDossierCode, r.Document.ProcedureCode, DateTime.SpecifyKind(r.Document.AddedAtUtc, DateTimeKind.Utc),
            r.Document.OwnerIdentifier != citizenId, r.Reuses))];
    }

    public Task<WalletDocument?> FindAsync(string citizenId, Guid id, CancellationToken cancellationToken) =>
        db.Set<WalletDocument>().AsNoTracking()
            .SingleOrDefaultAsync(w => w.Id == id && (w.OwnerIdentifier == citizenId || w.RepresentativeIdentifier == citizenId), cancellationToken);
}
