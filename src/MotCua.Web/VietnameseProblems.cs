namespace MotCua.Web;

/// <summary>
/// Problem details that the framework writes on its own (status-code pages, the bearer scheme's 401/403, unhandled
/// exceptions) get a Vietnamese title and an actionable detail, like the ones the modules write.
/// </summary>
internal static class VietnameseProblems
{
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null)
        {
            return;
        }

        (problem.Title, problem.Detail) = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("Yêu cầu không hợp lệ", "Yêu cầu gửi lên không đúng định dạng."),
            StatusCodes.Status401Unauthorized => ("Chưa đăng nhập", "Vui lòng đăng nhập để thực hiện thao tác này."),
            StatusCodes.Status403Forbidden => ("Không có quyền", "Tài khoản của bạn không có quyền thực hiện thao tác này."),
            StatusCodes.Status404NotFound => ("Không tìm thấy", "Địa chỉ được yêu cầu không tồn tại."),
            StatusCodes.Status405MethodNotAllowed => ("Phương thức không được hỗ trợ", "Địa chỉ này không nhận phương thức HTTP đã dùng."),
            StatusCodes.Status415UnsupportedMediaType => ("Định dạng không được hỗ trợ", "Nội dung phải gửi dưới dạng JSON (application/json)."),
            >= 500 => ("Lỗi hệ thống", "Hệ thống gặp sự cố khi xử lý yêu cầu; dữ liệu chưa bị thay đổi. Vui lòng thử lại sau."),
            _ => (problem.Title, problem.Detail),
        };
    }
}
