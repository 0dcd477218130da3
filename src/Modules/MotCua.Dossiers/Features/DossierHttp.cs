using Microsoft.AspNetCore.Http;
using MotCua.Kernel.Http;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features;

/// <summary>Results of dossier handlers as HTTP: problem details, and for a lost race the state the winner left.</summary>
internal static class DossierHttp
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : result.Error.ToHttp();

    public static IResult ToHttp(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Kind != ErrorKind.Conflict || error.Fields is null)
        {
            return error.ToProblem();
        }

        var extensions = new Dictionary<string, object?>
        {
            ["code"] = error.Code,
            ["current"] = error.Fields.ToDictionary(f => f.Key, f => (object?)f.Value[0], StringComparer.Ordinal),
        };
        return TypedResults.Problem(detail: error.Message, statusCode: StatusCodes.Status409Conflict, title: "Xung đột trạng thái", extensions: extensions);
    }
}
