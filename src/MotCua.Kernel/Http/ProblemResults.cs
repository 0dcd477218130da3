using Microsoft.AspNetCore.Http;
using MotCua.Kernel.Results;

namespace MotCua.Kernel.Http;

/// <summary>The single mapping from domain errors to RFC 9457 problem details.</summary>
public static class ProblemResults
{
    public static IResult ToProblem(this Error error)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Kind == ErrorKind.Validation)
        {
            return TypedResults.ValidationProblem(
                error.Fields ?? new Dictionary<string, string[]>(),
                detail: error.Message,
                title: "Dữ liệu không hợp lệ",
                extensions: extensions);
        }

        var (status, title) = error.Kind switch
        {
            ErrorKind.NotFound => (StatusCodes.Status404NotFound, "Không tìm thấy"),
            ErrorKind.Conflict => (StatusCodes.Status409Conflict, "Xung đột trạng thái"),
            ErrorKind.Forbidden => (StatusCodes.Status403Forbidden, "Không có quyền"),
            ErrorKind.Unavailable => (StatusCodes.Status503ServiceUnavailable, "Hệ thống bên ngoài không phản hồi"),
            _ => (StatusCodes.Status400BadRequest, "Yêu cầu không hợp lệ"),
        };
        return TypedResults.Problem(detail: error.Message, statusCode: status, title: title, extensions: extensions);
    }

    public static IResult Match<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : result.Error.ToProblem();
}
