using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;

namespace MotCua.Catalog.Features.Transfer;

internal static class TransferEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        // The published catalog is public information (NĐ 63/2010 Đ17): no sign-in to export it.
        api.MapGet("/catalog/export", Export)
            .WithName("ExportCatalog")
            .WithSummary("Xuất danh mục thủ tục đang có hiệu lực (JSON motcua.catalog/v1 hoặc XLSX)")
            .Produces(StatusCodes.Status200OK, contentType: ExportCatalogHandler.JsonContentType)
            .Produces(StatusCodes.Status200OK, contentType: ExportCatalogHandler.XlsxContentType)
            .ProducesValidationProblem();

        // Takes HttpRequest rather than IFormFile so one endpoint reads a JSON body or a multipart file. Staff cookies
        // are SameSite=Strict, so a cross-site form cannot ride on a signed-in session.
        api.MapPost("/catalog/import", Import)
            .WithName("ImportCatalog")
            .WithSummary("Nhập danh mục thủ tục từ tệp motcua.catalog/v1 (toàn bộ hoặc không ghi gì)")
            .Accepts<CatalogExchangeDocument>("application/json", "multipart/form-data")
            .Produces<ImportSummary>()
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.CatalogEditor);
    }

    private static async Task<IResult> Export(ExportCatalogHandler handler, string? format, string? agency, string? at, CancellationToken cancellationToken)
    {
        var kind = (format ?? "json").Trim().ToUpperInvariant();
        if (kind is not ("JSON" or "XLSX"))
        {
            return Error.Field("format", "Định dạng xuất phải là json hoặc xlsx.").ToProblem();
        }

        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(at))
        {
            if (!DateOnly.TryParseExact(at.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Error.Field("at", "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2026-03-02.").ToProblem();
            }

            day = parsed;
        }

        var scope = await handler.ScopeAsync(agency, day, cancellationToken);
        if (!scope.IsSuccess)
        {
            return scope.Error.ToProblem();
        }

        return kind == "XLSX"
            ? TypedResults.Stream(body => handler.WriteXlsxAsync(scope.Value, body, cancellationToken), ExportCatalogHandler.XlsxContentType, ExportCatalogHandler.FileName(scope.Value, "xlsx"))
            : TypedResults.Stream(body => handler.WriteJsonAsync(scope.Value, body, cancellationToken), ExportCatalogHandler.JsonContentType, ExportCatalogHandler.FileName(scope.Value, "json"));
    }

    private static async Task<IResult> Import(HttpRequest request, ImportCatalogHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await ReadAndImportAsync(request, handler, cancellationToken);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Summary) : outcome.ToError().ToProblem();
    }

    private static async Task<ImportOutcome> ReadAndImportAsync(HttpRequest request, ImportCatalogHandler handler, CancellationToken cancellationToken)
    {
        // Multipart framing adds a little to the file itself; anything far above the limit is refused unread.
        if (request.ContentLength > ImportCatalogHandler.MaxUploadBytes + (64 * 1024))
        {
            return await handler.ImportAsync(Stream.Null, request.ContentLength, cancellationToken);
        }

        if (!request.HasFormContentType)
        {
            return await handler.ImportAsync(request.Body, null, cancellationToken);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if ((form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null)) is not { } file)
        {
            return ImportOutcome.Refused("Chưa chọn tệp để nhập (trường \"file\").");
        }

        await using var content = file.OpenReadStream();
        return await handler.ImportAsync(content, file.Length, cancellationToken);
    }
}
