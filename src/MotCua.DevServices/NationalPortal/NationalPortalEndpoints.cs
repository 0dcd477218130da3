using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MotCua.DevServices.NationalPortal;

/// <summary>The fake portal's HTTP surface under /national-portal/.</summary>
internal static class NationalPortalEndpoints
{
    public static void Map(IEndpointRouteBuilder app, FakeNationalPortal portal)
    {
        var root = app.MapGroup("/national-portal");
        root.MapPost("/oauth/token", async (HttpRequest request) =>
        {
            if (await portal.FaultAsync(request.HttpContext, null) is { } fault)
            {
                return fault;
            }

            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            if (form["grant_type"] != "client_credentials")
            {
                return Results.Json(new WireError("unsupported_grant_type", "Chỉ hỗ trợ client_credentials."), statusCode: 400);
            }

            var token = portal.IssueToken(form["client_id"], form["client_secret"]);
            return token is null
                ? Results.Json(new WireError("invalid_client", "Thông tin ứng dụng không hợp lệ."), statusCode: 401)
                : Results.Json(token);
        });

        var api = root.MapGroup("/api/ho-so");
        api.MapPost("/", async (WireDossier dossier, HttpContext context) =>
            await Guarded(context, dossier.Code, () => Results.StatusCode(portal.Create(dossier))));
        api.MapPost("/{code}/tien-trinh", async (string code, WireProgress progress, HttpContext context) =>
            await Guarded(context, code, () => Results.StatusCode(portal.AddProgress(code, progress))));
        api.MapPut("/{code}/trang-thai", async (string code, WireStatus status, HttpContext context) =>
            await Guarded(context, code, () => Results.StatusCode(portal.UpdateStatus(code, status))));
        api.MapPost("/tra-cuu", async (WireLookup lookup, HttpContext context) =>
            await Guarded(context, null, () => Results.Json(portal.LookUp(lookup.Codes ?? []))));
        api.MapGet("/{code}", async (string code, HttpContext context) =>
            await Guarded(context, code, () => portal.Find(code) is { } record ? Results.Json(record) : Results.NotFound()));

        root.MapGet("/", () => Results.Content(DemoPage(portal), "text/html; charset=utf-8"));
        root.MapPost("/demo/nop-ho-so", async (HttpContext context) =>
        {
            using var motCua = new HttpClient { BaseAddress = portal.MotCuaAddress, Timeout = TimeSpan.FromSeconds(30) };
            var submission = new PortalSubmission(
                portal.NewPortalId(),
                "1.001234",
                new PortalSubmissionParty("Person", "Trần Thị Cổng", "001190012345", "Số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội", "0987654321", "cong@example.vn"),
                [
                    new PortalSubmissionFile(1, "to-khai.pdf", "application/pdf", SamplePdf),
                    new PortalSubmissionFile(2, "cccd.pdf", "application/pdf", SamplePdf),
                ]);
            var result = await portal.SubmitToMotCuaAsync(motCua, submission, context.RequestAborted);
            return Results.Content(
                $"<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Cổng DVCQG (giả lập)</title><p>{WebUtility.HtmlEncode(submission.PortalId)} → {(int)result.Status} {WebUtility.HtmlEncode(result.Code ?? result.Body)}</p><p><a href=\"./..\">Quay lại</a></p></html>",
                "text/html; charset=utf-8");
        });

        async Task<IResult> Guarded(HttpContext context, string? code, Func<IResult> handle)
        {
            if (await portal.FaultAsync(context, code) is { } fault)
            {
                return fault;
            }

            var header = context.Request.Headers.Authorization.ToString();
            var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
            if (!portal.Accepts(token))
            {
                portal.Log("unauthorized", code, null, null, 401);
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                return Results.Json(new WireError("invalid_token", "Token không hợp lệ hoặc đã hết hạn."), statusCode: 401);
            }

            return handle();
        }
    }

    /// <summary>A 500 or a call that never answers, when a test armed one for this call.</summary>
    private static async Task<IResult?> FaultAsync(this FakeNationalPortal portal, HttpContext context, string? code)
    {
        switch (portal.TakeFault(code))
        {
            case FakeNationalPortal.FaultKind.ServerError:
                portal.Log("fault-500", code, null, null, 500);
                return Results.Json(new WireError("server_error", "Lỗi hệ thống Cổng DVCQG (giả lập)."), statusCode: 500);
            case FakeNationalPortal.FaultKind.Hang:
                portal.Log("fault-timeout", code, null, null, 0);
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                return Results.StatusCode(499);
            default:
                return null;
        }
    }

    private static readonly byte[] SamplePdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static string DemoPage(FakeNationalPortal portal)
    {
        var rows = new StringBuilder();
        foreach (var dossier in portal.Dossiers().OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            rows.Append("<tr><td>").Append(WebUtility.HtmlEncode(dossier.Code)).Append("</td><td>")
                .Append(WebUtility.HtmlEncode(dossier.PortalId ?? "—")).Append("</td><td>")
                .Append(dossier.Status).Append("</td><td>").Append(dossier.Progress.Count).Append("</td></tr>");
        }

        return $"""
            <!doctype html>
            <html lang="vi"><head><meta charset="utf-8"><title>Cổng Dịch vụ công quốc gia (giả lập)</title></head>
            <body>
            <h1>Cổng Dịch vụ công quốc gia (giả lập cho môi trường phát triển)</h1>
            <form method="post" action="demo/nop-ho-so"><button type="submit">Nộp một hồ sơ mẫu vào MotCua ({WebUtility.HtmlEncode(portal.MotCuaAddress.ToString())})</button></form>
            <table><caption>Hồ sơ đã nhận đồng bộ</caption>
            <thead><tr><th scope="col">MaHoSo (MotCua)</th><th scope="col">Mã trên Cổng</th><th scope="col">TrangThaiHoSo</th><th scope="col">Số bước tiến trình</th></tr></thead>
            <tbody>{rows}</tbody></table>
            </body></html>
            """;
    }
}
