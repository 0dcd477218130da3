using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MotCua.Administration.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Calendar;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Persistence;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.TrackingBook;

/// <summary>A line of Sổ theo dõi hồ sơ (form 06; TT 01/2018/TT-VPCP, DOMAIN B §3.2): one received dossier.</summary>
public sealed record BookLine(
    string Code,
    string ProcedureName,
    string ApplicantName,
    string ApplicantIdentifier,
    string? ApplicantAddress,
    string? ApplicantPhone,
    Guid ProcessingUnitId,
    DateTime ReceivedAtUtc,
    DateTime? AppointmentAtUtc,
    DateTime? TransferredAtUtc,
    DateTime? ResultReadyAtUtc,
    DateTime? ReturnedAtUtc,
    ReturnMethod? ReturnMethod,
    string? ReceivedBy,
    DossierState State,
    int Components);

public sealed record BookRequest(DateOnly From, DateOnly To, string? After, int? Limit);

/// <summary>
/// The desk's tracking book for a date range: the dossiers its desks received, in receipt order. The screen pages it
/// by keyset; the export streams every line of the range into an XLSX file without holding them in memory.
/// </summary>
internal sealed class TrackingBookHandler(DbContext db)
{
    /// <summary>A book covers at most a year, as the paper book did (TT 01/2018 Đ10: one book per year).</summary>
    public const int MaxDays = 366;

    public static Error? Validate(DateOnly from, DateOnly to)
    {
        var errors = new ValidationErrors();
        if (to < from)
        {
            errors.Add("to", "Ngày cuối phải từ ngày đầu trở đi.");
        }
        else if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            errors.Add("to", "Mỗi lần xem sổ tối đa một năm.");
        }

        return errors.IsEmpty ? null : errors.ToError();
    }

    public async Task<Result<Page<BookLine>>> PageAsync(ClaimsPrincipal user, BookRequest request, CancellationToken cancellationToken)
    {
        if (Validate(request.From, request.To) is { } invalid)
        {
            return invalid;
        }

        if (!Keyset.TryDecode(request.After, out var key) || !Keyset.TryParseInstantKey(key, out var afterAt, out var afterCode))
        {
            return Error.Field("after", "Con trỏ trang không hợp lệ.");
        }

        var limit = Keyset.ClampLimit(request.Limit);
        var rows = await Lines(user, request.From, request.To, afterAt, afterCode).Take(limit + 1).ToListAsync(cancellationToken);
        return Keyset.ToPage(rows, limit, l => Keyset.InstantKey(l.ReceivedAtUtc, l.Code));
    }

    /// <summary>Writes the whole range as XLSX, reading the lines as the writer needs them.</summary>
    public async Task WriteXlsxAsync(ClaimsPrincipal user, DateOnly from, DateOnly to, IReadOnlyDictionary<Guid, string> unitNames, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var number = 0;
        var rows = Lines(user, from, to).AsEnumerable().Select(l => Row(++number, l, unitNames));

        // MiniExcel finishes the zip container with synchronous writes, which the response body refuses: build it in
        // a temporary file, then copy it out asynchronously.
        var path = Path.GetTempFileName();
        await using var buffer = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await buffer.SaveAsAsync(rows, sheetName: "Sổ theo dõi hồ sơ", cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static Dictionary<string, object?> Row(int number, BookLine line, IReadOnlyDictionary<Guid, string> unitNames) =>
        new(StringComparer.Ordinal)
        {
            ["STT"] = number,
            ["Mã hồ sơ"] = line.Code,
            ["Tên thủ tục hành chính"] = line.ProcedureName,
            ["Tên tổ chức, cá nhân"] = line.ApplicantName,
            ["Số định danh"] = line.ApplicantIdentifier,
            ["Địa chỉ, số điện thoại"] = string.Join("; ", new[] { line.ApplicantAddress, line.ApplicantPhone }.Where(s => !string.IsNullOrWhiteSpace(s))),
            ["Cơ quan chủ trì giải quyết"] = unitNames.GetValueOrDefault(line.ProcessingUnitId, string.Empty),
            ["Số lượng hồ sơ (bộ)"] = 1,
            ["Nhận hồ sơ"] = Local(line.ReceivedAtUtc),
            ["Hẹn trả kết quả"] = Local(line.AppointmentAtUtc),
            ["Chuyển hồ sơ đến cơ quan giải quyết"] = Local(line.TransferredAtUtc),
            ["Nhận kết quả từ cơ quan giải quyết"] = Local(line.ResultReadyAtUtc),
            ["Trả kết quả"] = Local(line.ReturnedAtUtc),
            ["Phương thức nhận kết quả"] = MethodLabel(line.ReturnMethod),
            ["Người nhận"] = line.ReceivedBy ?? string.Empty,
            ["Ghi chú"] = line.State.Label(),
        };

    public static string MethodLabel(ReturnMethod? method) => method switch
    {
        ReturnMethod.AtDesk => "Trực tiếp",
        ReturnMethod.ByPost => "Bưu chính",
        ReturnMethod.Electronic => "Trực tuyến",
        _ => string.Empty,
    };

    private static string Local(DateTime? utc) =>
        utc is { } value ? VietnamTime.Of(new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc))).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>
    /// The book's lines in order, after the cursor when given. The cursor applies to the dossiers, before the projection:
    /// a condition on the projected record cannot be translated to SQL.
    /// </summary>
    private IQueryable<BookLine> Lines(ClaimsPrincipal user, DateOnly from, DateOnly to, DateTime? afterAt = null, string? afterCode = null)
    {
        var start = VietnamTime.At(from, TimeOnly.MinValue).UtcDateTime;
        var end = VietnamTime.At(to.AddDays(1), TimeOnly.MinValue).UtcDateTime;
        var own = user.UnitPath() ?? "\u0000";
        var subtree = user.IsInRole(StaffRoles.SystemAdmin) ? string.Empty
            : user.FindFirstValue(StaffScope.SubtreeClaim) == "true" ? own : null;
        var dossiers = db.Set<Dossier>().AsNoTracking()
            .Where(d => d.ReceivedAtUtc != null && d.ReceivedAtUtc >= start && d.ReceivedAtUtc < end);
        dossiers = subtree is null
            ? dossiers.Where(d => d.DeskUnitPath == own)
            : dossiers.WhereUnder(d => d.DeskUnitPath, subtree);
        if (afterAt is { } at)
        {
            dossiers = dossiers.Where(d => d.ReceivedAtUtc > at || (d.ReceivedAtUtc == at && d.Code.CompareTo(afterCode) > 0));
        }

        return dossiers
            .OrderBy(d => d.ReceivedAtUtc).ThenBy(d => d.Code)
            .Select(d => new BookLine(
                d.Code,
                d.ProcedureName,
                d.Applicant.Name,
                d.Applicant.Identifier,
                d.Applicant.Address,
                d.Applicant.Phone,
                d.ProcessingUnitId,
                d.ReceivedAtUtc!.Value,
                d.Apology != null ? d.Apology.NewAppointmentAtUtc : d.LegalDueAtUtc,
                d.History.Where(h => h.Trigger == DossierTrigger.Transfer).Select(h => (DateTime?)h.AtUtc).FirstOrDefault(),
                d.Result != null ? d.Result.ReadyAtUtc : null,
                d.Result != null ? d.Result.ReturnedAtUtc : null,
                d.Result != null ? d.Result.Method : null,
                d.Result != null ? d.Result.ReceivedBy : null,
                d.State,
                d.Components.Count));
    }
}
