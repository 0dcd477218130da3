using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Administration.Contracts;
using MotCua.Kernel.Http;

namespace MotCua.Reporting.Features.StatutoryReport;

internal static class B06Endpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reports/bieu-06").WithTags("Báo cáo định kỳ").RequireAuthorization(Policies.Staff);
        group.MapGet("/", async (Guid? unit, string? kind, int? year, DateOnly? from, DateOnly? to, ClaimsPrincipal user, B06ReportHandler handler, CancellationToken cancellationToken) =>
                (await handler.HandleAsync(user, new B06Request(unit, kind, year, from, to), cancellationToken)).Match(TypedResults.Ok))
            .WithName("Bieu06")
            .WithSummary("Biểu số 06/VPCP/KSTT: tình hình, kết quả giải quyết TTHC của một đơn vị trong kỳ (quý, 6 tháng, 9 tháng, năm hoặc khoảng tùy chọn)")
            .Produces<B06Report>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/xlsx", async (Guid? unit, string? kind, int? year, DateOnly? from, DateOnly? to, ClaimsPrincipal user, B06ReportHandler handler, B06Xlsx xlsx, HttpContext http, CancellationToken cancellationToken) =>
            {
                var report = await handler.HandleAsync(user, new B06Request(unit, kind, year, from, to), cancellationToken);
                return report.IsSuccess ? await StreamAsync(http, xlsx, report.Value, cancellationToken) : report.Error.ToProblem();
            })
            .WithName("Bieu06Xlsx")
            .WithSummary("Biểu 06 dạng tệp Excel (XLSX) theo mẫu, tiêu đề tiếng Việt")
            .Produces(StatusCodes.Status200OK, contentType: B06Xlsx.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/runs", async (B06Request request, ClaimsPrincipal user, B06RunsHandler runs, CancellationToken cancellationToken) =>
                (await runs.RequestAsync(user, request, cancellationToken)).Match(run => TypedResults.Accepted(run.StatusUrl, run)))
            .WithName("RequestBieu06Run")
            .WithSummary("Yêu cầu tạo Biểu 06 trong nền (kỳ dài, báo cáo cấp tỉnh); theo dõi tiến độ tại địa chỉ trả về")
            .Produces<ReportRunView>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/runs/{id:guid}", async (Guid id, ClaimsPrincipal user, B06RunsHandler runs, CancellationToken cancellationToken) =>
                (await runs.FindAsync(user, id, cancellationToken)).Match(TypedResults.Ok))
            .WithName("Bieu06Run")
            .WithSummary("Trạng thái, tiến độ của một lần tạo Biểu 06 trong nền")
            .Produces<ReportRunView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/runs/{id:guid}/file", async (Guid id, ClaimsPrincipal user, B06RunsHandler runs, CancellationToken cancellationToken) =>
                (await runs.OpenAsync(user, id, cancellationToken)).Match(file => TypedResults.Stream(file.Content, B06Xlsx.ContentType, file.FileName)))
            .WithName("Bieu06RunFile")
            .WithSummary("Tải tệp Biểu 06 đã tạo trong nền (người yêu cầu, trong phạm vi đơn vị của mình)")
            .Produces(StatusCodes.Status200OK, contentType: B06Xlsx.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>
    /// The package is finished with synchronous writes, which the response body refuses: build it in a temporary file
    /// (bounded memory whatever the size), then copy it out asynchronously.
    /// </summary>
    public static async Task<IResult> StreamAsync(HttpContext http, B06Xlsx xlsx, B06Report report, CancellationToken cancellationToken)
    {
        var path = Path.GetTempFileName();
        await using var buffer = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        xlsx.Write(report, buffer);
        buffer.Position = 0;
        http.Response.ContentType = B06Xlsx.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{B06Xlsx.FileName(report)}\"";
        await buffer.CopyToAsync(http.Response.Body, cancellationToken);
        return TypedResults.Empty;
    }
}
