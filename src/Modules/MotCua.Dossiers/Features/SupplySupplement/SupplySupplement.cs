using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.UploadFile;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.SupplySupplement;

/// <summary>A new scan for a component of the dossier, uploaded first to /api/v1/dossiers/files.</summary>
public sealed record SuppliedFile(int ComponentNumber, Guid FileId);

public sealed record SupplySupplementRequest(string? Note, IReadOnlyList<SuppliedFile>? Files = null);

/// <summary>Ghi nhận công dân đã bổ sung đủ hồ sơ, with the new scans of the components concerned.</summary>
internal sealed class SupplySupplementHandler(DossierActions actions, Attachments attachments)
{
    public async Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, SupplySupplementRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var supplied = request.Files ?? [];
        var uploads = await attachments.FindAsync(user, supplied.Select(f => f.FileId), cancellationToken);
        var missing = supplied.Select((f, i) => (f, i)).Where(x => !uploads.ContainsKey(x.f.FileId)).ToList();
        return await actions.RunAsync(user, code, DossierTrigger.SupplySupplement, (d, c) =>
            missing.Count > 0
                ? Error.Field($"files[{missing[0].i}].fileId", "Không tìm thấy tệp đã tải lên, hoặc tệp đã thuộc một hồ sơ khác.")
                : d.SupplySupplement(c.Actor, c.NowUtc, c.Time, request.Note,
                    supplied.Select(f => (f.ComponentNumber, Attachments.ToFile(uploads[f.FileId]))).ToList()),
            cancellationToken,
            d =>
            {
                foreach (var upload in uploads.Values)
                {
                    upload.DossierCode = d.Code;
                }

                return Task.FromResult<Error?>(null);
            });
    }
}

internal static class SupplySupplementEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/supply-supplement", "SupplySupplement", "Ghi nhận công dân đã bổ sung đủ hồ sơ, kèm tệp số hóa mới của các thành phần",
            async (string code, SupplySupplementRequest request, ClaimsPrincipal user, SupplySupplementHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
