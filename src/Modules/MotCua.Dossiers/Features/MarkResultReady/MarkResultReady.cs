using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.UploadFile;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.MarkResultReady;

public sealed record MarkResultReadyRequest(string? DocumentNumber, Guid? FileId);

/// <summary>The signed result is at the desk (status 9), with its digitized copy; processing ends here.</summary>
internal sealed class MarkResultReadyHandler(DossierActions actions, Attachments attachments)
{
    public async Task<Result<DossierView>> HandleAsync(ClaimsPrincipal user, string code, MarkResultReadyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uploads = await attachments.FindAsync(user, request.FileId is { } id ? [id] : [], cancellationToken);
        var upload = request.FileId is { } fileId ? uploads.GetValueOrDefault(fileId) : null;
        return await actions.RunAsync(user, code, DossierTrigger.MarkResultReady, (d, c) =>
            request.FileId is not null && upload is null
                ? Error.Field("fileId", "Không tìm thấy tệp kết quả đã tải lên, hoặc tệp đã được dùng.")
                : d.MarkResultReady(c.Actor, c.NowUtc, request.DocumentNumber ?? string.Empty, upload is null ? null : Attachments.ToFile(upload)),
            cancellationToken,
            d =>
            {
                upload?.DossierCode = d.Code;
                return Task.FromResult<Error?>(null);
            });
    }
}

internal static class MarkResultReadyEndpoint
{
    public static void Map(RouteGroupBuilder dossiers) =>
        dossiers.MapAction("/{code}/result", "MarkResultReady", "Có kết quả giải quyết (số văn bản, tệp kết quả): chuyển bộ phận một cửa chờ trả",
            async (string code, MarkResultReadyRequest request, ClaimsPrincipal user, MarkResultReadyHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, code, request, cancellationToken)).ToHttp(TypedResults.Ok));
}
