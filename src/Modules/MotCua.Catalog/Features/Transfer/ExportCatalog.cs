using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Files;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Features.Transfer;

/// <summary>What an export holds: the versions valid on one day, for every unit or for one agency's subtree.</summary>
public sealed record ExportScope(DateOnly ValidOn, UnitSummary? Agency, IReadOnlyDictionary<Guid, UnitSummary> Units);

/// <summary>
/// Writes the catalog as it stands on a day, streamed row by row so that a province-sized catalog never sits
/// in memory as one string.
/// </summary>
internal sealed class ExportCatalogHandler(DbContext db, IOrganisationDirectory directory, IFileStore files, BusinessClock clock)
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Phần I of a provincial publication decision (DOMAIN §6.2), the layout civil servants know.</summary>
    internal static readonly string[] XlsxHeaders =
        ["TT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Căn cứ pháp lý", "Cơ quan thực hiện", "Thời hạn giải quyết", "Phí, lệ phí", "Cách thức thực hiện"];

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<Result<ExportScope>> ScopeAsync(string? agency, DateOnly? at, CancellationToken cancellationToken)
    {
        var units = (await directory.ListAsync(cancellationToken)).ToDictionary(u => u.Id);
        UnitSummary? scope = null;
        if (!string.IsNullOrWhiteSpace(agency))
        {
            scope = units.Values.FirstOrDefault(u => string.Equals(u.Code, agency.Trim(), StringComparison.Ordinal));
            if (scope is null)
            {
                return Error.Field("agency", $"Không tìm thấy cơ quan có mã {agency.Trim()}.");
            }
        }

        return new ExportScope(at ?? clock.Today, scope, units);
    }

    public static string FileName(ExportScope scope, string extension) =>
        $"danh-muc-tthc{(scope.Agency is null ? string.Empty : "-" + scope.Agency.Code)}-{scope.ValidOn:yyyy-MM-dd}.{extension}";

    public async Task WriteJsonAsync(ExportScope scope, Stream output, CancellationToken cancellationToken)
    {
        // Everything the rows refer to is read first: one reader stays open while the rows stream.
        var fields = await FieldsAsync(scope, cancellationToken);
        var processes = await ProcessesAsync(cancellationToken);
        // The writer fills an in-memory buffer that is copied out asynchronously in chunks: serialising straight into
        // the response body would flush it synchronously, which the server refuses.
        var buffer = new ArrayBufferWriter<byte>(128 * 1024);
        await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = CatalogExchangeJson.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteString("format", CatalogExchangeDocument.FormatV1);
        writer.WriteString("exportedAtUtc", clock.UtcNow);
        writer.WriteString("validOn", scope.ValidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WritePropertyName("fields");
        JsonSerializer.Serialize(writer, fields.Select(f => new ExchangeField(f.Code, f.Name)), CatalogExchangeJson.Options);
        writer.WriteStartArray("procedures");
        await foreach (var (procedureId, code, version) in ValidVersions(scope).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var content = version.Content;
            var forms = new List<ExchangeFormFile?>();
            foreach (var component in content.Components)
            {
                forms.Add(component.FormFileKey is { } key ? await FormFileAsync(key, cancellationToken) : null);
            }

            var process = processes.GetValueOrDefault((procedureId, content.ImplementingUnitId));
            var exchange = CatalogExchangeMapping.ToExchange(code, content, version.Decision, scope.Units.GetValueOrDefault(content.ImplementingUnitId)?.Code ?? string.Empty,
                forms, process is null ? null : new ExchangeInternalProcess(process.Steps.Select(s =>
                    new ExchangeStep(s.Name, s.Role, s.UnitId is { } unit ? scope.Units.GetValueOrDefault(unit)?.Code : null, s.Budget, s.BudgetUnit)).ToList()));
            JsonSerializer.Serialize(writer, exchange, CatalogExchangeJson.Options);
            await DrainAsync(writer, buffer, output, 64 * 1024, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await DrainAsync(writer, buffer, output, 0, cancellationToken);
    }

    private static async Task DrainAsync(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream output, int threshold, CancellationToken cancellationToken)
    {
        writer.Flush();
        if (buffer.WrittenCount > threshold)
        {
            await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
            buffer.ResetWrittenCount();
        }
    }

    public async Task WriteXlsxAsync(ExportScope scope, Stream output, CancellationToken cancellationToken)
    {
        var fieldNames = (await FieldsAsync(scope, cancellationToken)).ToDictionary(f => f.Code, f => f.Name, StringComparer.Ordinal);
        var rows = new List<Dictionary<string, object?>>();
        await foreach (var (_, code, version) in ValidVersions(scope).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows.Add(XlsxRow(rows.Count + 1, code, version.Content, fieldNames, scope.Units));
        }

        // The zip container is finished with synchronous writes, which the response body refuses: build it in a
        // temporary file, then copy it out asynchronously.
        var path = Path.GetTempFileName();
        await using var buffer = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await buffer.SaveAsAsync(rows, sheetName: "Danh mục TTHC", cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    internal static Dictionary<string, object?> XlsxRow(int number, string code, ProcedureContent content, IReadOnlyDictionary<string, string> fieldNames, IReadOnlyDictionary<Guid, UnitSummary> units) =>
        new(StringComparer.Ordinal)
        {
            [XlsxHeaders[0]] = number,
            [XlsxHeaders[1]] = code,
            [XlsxHeaders[2]] = content.Name,
            [XlsxHeaders[3]] = fieldNames.GetValueOrDefault(content.FieldCode, content.FieldCode),
            [XlsxHeaders[4]] = string.Join("\n", content.LegalBases.Select(b => $"{b.Number} – {b.Title}")),
            [XlsxHeaders[5]] = units.GetValueOrDefault(content.ImplementingUnitId)?.Name ?? content.CompetentAgency,
            [XlsxHeaders[6]] = string.Join("; ", content.ProcessingTimes.Select(DescribeTime)),
            [XlsxHeaders[7]] = content.Fees.Count == 0 ? "Không" : string.Join("\n", content.Fees.Select(DescribeFee)),
            [XlsxHeaders[8]] = DescribeChannels(content.Channels),
        };

    internal static string DescribeTime(ProcessingTime time)
    {
        var unit = time.Unit switch
        {
            TimeUnit.WorkingHours => "giờ làm việc",
            TimeUnit.CalendarDays => "ngày",
            TimeUnit.Months => "tháng",
            _ => "ngày làm việc",
        };
        var amount = time.Amount.ToString("0.#", Vietnamese);
        return time.Channel is { } channel ? $"{DescribeChannels(channel)}: {amount} {unit}" : $"{amount} {unit}";
    }

    internal static string DescribeFee(FeeItem fee)
    {
        var amount = fee.AmountDong is { } dong ? (dong == 0 ? "Miễn" : $"{dong.ToString("N0", Vietnamese)} đồng") : fee.Rule ?? string.Empty;
        var text = $"{fee.Description}: {amount}";
        return string.IsNullOrWhiteSpace(fee.Exemptions) ? text : $"{text} (miễn, giảm: {fee.Exemptions})";
    }

    internal static string DescribeChannels(SubmissionChannels channels)
    {
        var parts = new List<string>();
        if (channels.HasFlag(SubmissionChannels.Direct))
        {
            parts.Add("Trực tiếp");
        }

        if (channels.HasFlag(SubmissionChannels.Online))
        {
            parts.Add("Trực tuyến");
        }

        if (channels.HasFlag(SubmissionChannels.Postal))
        {
            parts.Add("Qua dịch vụ bưu chính công ích");
        }

        return string.Join("; ", parts);
    }

    private IQueryable<ValidVersion> ValidVersions(ExportScope scope) =>
        from v in VersionsIn(scope)
        join p in db.Set<Procedure>().AsNoTracking() on v.ProcedureId equals p.Id
        orderby p.Code
        select new ValidVersion(p.Id, p.Code, v);

    private IQueryable<ProcedureVersion> VersionsIn(ExportScope scope)
    {
        var at = scope.ValidOn;
        var versions = db.Set<ProcedureVersion>().AsNoTracking()
            .Where(v => v.EffectiveFrom != null && v.EffectiveFrom <= at && (v.EffectiveTo == null || at <= v.EffectiveTo));
        if (scope.Agency is { } agency)
        {
            var unitIds = scope.Units.Values.Where(u => u.Path.StartsWith(agency.Path, StringComparison.Ordinal)).Select(u => u.Id).ToList();
            versions = versions.Where(v => unitIds.Contains(v.ImplementingUnitId));
        }

        return versions;
    }

    private async Task<List<ProcedureField>> FieldsAsync(ExportScope scope, CancellationToken cancellationToken)
    {
        var used = VersionsIn(scope).Select(v => v.FieldCode).Distinct();
        return await db.Set<ProcedureField>().AsNoTracking().Where(f => used.Contains(f.Code)).OrderBy(f => f.Code).ToListAsync(cancellationToken);
    }

    private async Task<Dictionary<(Guid, Guid), InternalProcess>> ProcessesAsync(CancellationToken cancellationToken) =>
        (await db.Set<InternalProcess>().AsNoTracking().Where(p => p.IsPublished).ToListAsync(cancellationToken))
        .ToDictionary(p => (p.ProcedureId, p.AgencyUnitId));

    private async Task<ExchangeFormFile?> FormFileAsync(string key, CancellationToken cancellationToken)
    {
        await using var stream = await files.OpenAsync(key, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        var fileName = FormFileName(key);
        return new ExchangeFormFile(fileName, FormFiles.ContentTypeOf(fileName) ?? "application/octet-stream", copy.ToArray());
    }

    /// <summary>The original file name: store keys end in "&lt;32 hex&gt;-name".</summary>
    internal static string FormFileName(string key)
    {
        var name = key[(key.LastIndexOf('/') + 1)..];
        return name.Length > 33 && name[32] == '-' && name[..32].All(char.IsAsciiHexDigit) ? name[33..] : name;
    }

    private sealed record ValidVersion(Guid ProcedureId, string Code, ProcedureVersion Version);
}
