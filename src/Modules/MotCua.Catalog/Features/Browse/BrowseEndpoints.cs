using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MotCua.Kernel.Http;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Features.Browse;

/// <summary>The public catalog API: anonymous, read-only, strict about its parameters so that typos are not silently ignored.</summary>
internal static class BrowseEndpoints
{
    private static readonly string[] AtOnly = ["at"];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/procedures", SearchAsync)
            .AllowAnonymous()
            .WithName("SearchProcedures")
            .WithSummary("Tìm thủ tục hành chính đang có hiệu lực (không phân biệt dấu, phân trang theo khóa)")
            .Produces<Page<ProcedureListItem>>()
            .ProducesValidationProblem();

        api.MapGet("/procedures/{code}", GetAsync)
            .AllowAnonymous()
            .WithName("GetProcedure")
            .WithSummary("Nội dung thủ tục hành chính có hiệu lực vào một ngày (mặc định hôm nay)")
            .Produces<ProcedureDetail>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/procedure-fields", ListFieldsAsync)
            .AllowAnonymous()
            .WithName("ListProcedureFields")
            .WithSummary("Danh sách lĩnh vực và số thủ tục đang có hiệu lực")
            .Produces<IReadOnlyList<FieldItem>>()
            .ProducesValidationProblem();
    }

    private static async Task<IResult> SearchAsync(
        [AsParameters] SearchProceduresQuery query, HttpRequest request, BusinessClock clock, SearchProceduresHandler handler,
        CancellationToken cancellationToken)
    {
        var criteria = query.Parse(clock.Today, request.Query.Keys);
        if (!criteria.IsSuccess)
        {
            return criteria.Error.ToProblem();
        }

        var page = await handler.HandleAsync(criteria.Value, cancellationToken);
        return page.Match(TypedResults.Ok);
    }

    private static async Task<IResult> GetAsync(
        string code, string? at, HttpRequest request, BusinessClock clock, GetProcedureHandler handler, CancellationToken cancellationToken)
    {
        var day = ParseAtOnly(at, request, clock);
        if (!day.IsSuccess)
        {
            return day.Error.ToProblem();
        }

        var detail = await handler.HandleAsync(code, day.Value, cancellationToken);
        return detail.Match(TypedResults.Ok);
    }

    private static async Task<IResult> ListFieldsAsync(
        string? at, HttpRequest request, BusinessClock clock, ListFieldsHandler handler, CancellationToken cancellationToken)
    {
        var day = ParseAtOnly(at, request, clock);
        if (!day.IsSuccess)
        {
            return day.Error.ToProblem();
        }

        return TypedResults.Ok(await handler.HandleAsync(day.Value, cancellationToken));
    }

    private static Result<DateOnly> ParseAtOnly(string? at, HttpRequest request, BusinessClock clock)
    {
        var errors = new ValidationErrors();
        foreach (var name in request.Query.Keys.Where(k => !AtOnly.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(name, $"Tham số \"{name}\" không được hỗ trợ. Tham số hợp lệ: at.");
        }

        var day = SearchProceduresQuery.ParseDay(string.IsNullOrWhiteSpace(at) ? null : at, "at", errors);
        return errors.IsEmpty ? day ?? clock.Today : errors.ToError("Tham số không hợp lệ. Vui lòng kiểm tra các tham số được nêu.");
    }
}
