using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Files;
using MotCua.Kernel.Results;
using MotCua.Kernel.Time;

namespace MotCua.Catalog.Features.Transfer;

public sealed record ImportSummary(int FieldsCreated, int ProceduresCreated, int Published, int Drafts, int Abolished, int InternalProcesses, int FormFiles);

/// <summary>One mistake in the file. <see cref="Key"/> points into the document (<c>procedures[2]</c>); rows count from 1.</summary>
public sealed record ImportRowError(string Key, int Row, string? Code, string Message);

public sealed record ImportOutcome(ImportSummary? Summary, string? Problem, IReadOnlyList<ImportRowError> Errors)
{
    public bool Succeeded => Summary is not null;

    public Error ToError()
    {
        var fields = Errors.GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return Error.Validation("catalog.import_invalid", Problem ?? string.Empty, fields);
    }

    internal static ImportOutcome Refused(string message, string key = "file") =>
        new(null, message, [new ImportRowError(key, 0, null, message)]);
}

/// <summary>
/// Imports a catalog exchange document all or nothing: every row is checked against the domain rules and the
/// database first, and only a file without a single error is written, in one SaveChanges.
/// Codes already in the catalog are refused: an import never overwrites a published procedure (changes go
/// through a new version and its own publication decision, NĐ 63/2010 Đ14).
/// </summary>
internal sealed class ImportCatalogHandler(DbContext db, IOrganisationDirectory directory, IFileStore files, BusinessClock clock, CurrentActor actor)
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;
    public const int MaxFormFileBytes = 1024 * 1024;
    public const string AuditAction = "catalog.imported";

    public async Task<ImportOutcome> ImportAsync(Stream upload, long? declaredLength, CancellationToken cancellationToken)
    {
        if (declaredLength > MaxUploadBytes)
        {
            return TooLarge();
        }

        var bytes = await ReadAtMostAsync(upload, MaxUploadBytes, cancellationToken);
        if (bytes is null)
        {
            return TooLarge();
        }

        var parsed = Parse(bytes);
        return parsed.Document is null ? parsed.Failure! : await ImportAsync(parsed.Document, isDemo: false, cancellationToken);
    }

    internal static (CatalogExchangeDocument? Document, ImportOutcome? Failure) Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var document = JsonSerializer.Deserialize<CatalogExchangeDocument>(json, CatalogExchangeJson.Options);
            return document is null ? (null, ImportOutcome.Refused("Tệp rỗng hoặc không phải một tài liệu danh mục thủ tục.")) : (document, null);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (dòng {line + 1}, ký tự {ex.BytePositionInLine + 1}" + (string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? ")" : $", tại {ex.Path})") : string.Empty;
            return (null, ImportOutcome.Refused($"Tệp không đúng định dạng JSON của danh mục thủ tục{where}. Vui lòng kiểm tra lại tệp."));
        }
    }

    public async Task<ImportOutcome> ImportAsync(CatalogExchangeDocument document, bool isDemo, CancellationToken cancellationToken)
    {
        if (!string.Equals(document.Format, CatalogExchangeDocument.FormatV1, StringComparison.Ordinal))
        {
            return ImportOutcome.Refused($"Tệp phải có \"format\": \"{CatalogExchangeDocument.FormatV1}\" (giá trị trong tệp: \"{document.Format}\").", "format");
        }

        var procedures = document.Procedures ?? [];
        var fieldRows = document.Fields ?? [];
        if (procedures.Count == 0 && fieldRows.Count == 0)
        {
            return ImportOutcome.Refused("Tệp không có lĩnh vực hay thủ tục nào để nhập.");
        }

        var context = await LoadContextAsync(procedures, isDemo, cancellationToken);
        var errors = new List<ImportRowError>();
        var newFields = ValidateFields(fieldRows, context, errors);
        var seenCodes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < procedures.Count; i++)
        {
            var row = new RowReport($"procedures[{i}]", i + 1, procedures[i]?.Code?.Trim(), errors);
            if (procedures[i] is not { } procedure)
            {
                row.Fail("Dòng trống.");
                continue;
            }

            if (!seenCodes.Add(row.Code ?? string.Empty) && row.Code is not null)
            {
                row.Fail("Mã thủ tục bị trùng với một dòng khác trong tệp.");
            }

            if (row.Code is not null && context.ExistingCodes.Contains(row.Code))
            {
                row.Fail("Mã thủ tục đã có trong danh mục. Hệ thống không ghi đè thủ tục đã có; hãy sửa đổi thủ tục đó bằng một phiên bản mới.");
            }

            // First pass: checks only; the aggregates are built again below with the stored form keys.
            _ = Build(procedure, context, row, formKey: null);
        }

        if (errors.Count > 0)
        {
            var rows = errors.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count();
            return new ImportOutcome(null, $"Tệp có {rows} dòng lỗi nên chưa nhập dữ liệu nào. Vui lòng sửa các lỗi dưới đây rồi nhập lại.", errors);
        }

        // Only a valid file reaches the file store; form files are immutable and saved before the rows that name them.
        var formKeys = await SaveFormFilesAsync(procedures, cancellationToken);
        var planned = new List<PlannedProcedure>();
        for (var i = 0; i < procedures.Count; i++)
        {
            var row = new RowReport($"procedures[{i}]", i + 1, procedures[i].Code.Trim(), errors);
            planned.Add(Build(procedures[i], context, row, (version, component) => formKeys.GetValueOrDefault((i, version, component)))
                ?? throw new InvalidOperationException("A row that validated failed on the second pass: " + string.Join("; ", errors.Select(e => e.Message))));
        }

        var now = clock.UtcNow;
        db.AddRange(newFields);
        foreach (var plan in planned)
        {
            db.Add(plan.Procedure);
            if (plan.Process is not null)
            {
                db.Add(plan.Process);
            }

            db.Add(AuditEntry.Record(now, actor.Name, AuditAction, nameof(Procedure), plan.Procedure.Id.ToString(), null, plan.State,
                $"Mã {plan.Procedure.Code}, {plan.Procedure.Versions.Count} phiên bản" + (isDemo ? ", dữ liệu mẫu" : string.Empty)));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ImportOutcome.Refused("Không ghi được dữ liệu: một số mã thủ tục hoặc lĩnh vực vừa được người khác tạo. Vui lòng nhập lại tệp.");
        }

        return new ImportOutcome(
            new ImportSummary(
                newFields.Count,
                planned.Count,
                planned.Count(p => p.Procedure.RetiredOn is null && p.Procedure.LatestPublished is not null),
                planned.Count(p => p.Procedure.LatestPublished is null),
                planned.Count(p => p.Procedure.RetiredOn is not null),
                planned.Count(p => p.Process is not null),
                formKeys.Count),
            null,
            []);
    }

    private async Task<ImportContext> LoadContextAsync(List<ExchangeProcedure> procedures, bool isDemo, CancellationToken cancellationToken)
    {
        var units = (await directory.ListAsync(cancellationToken)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        var codes = procedures.Select(p => p?.Code?.Trim()).OfType<string>().Where(c => c.Length > 0).Distinct().ToList();
        var existingCodes = await db.Set<Procedure>().AsNoTracking().Where(p => codes.Contains(p.Code)).Select(p => p.Code).ToListAsync(cancellationToken);
        var existingFields = await db.Set<ProcedureField>().AsNoTracking().Select(f => f.Code).ToListAsync(cancellationToken);
        return new ImportContext(units, existingCodes.ToHashSet(StringComparer.Ordinal), existingFields.ToHashSet(StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal), clock.Today, clock.UtcNow, isDemo);
    }

    private static List<ProcedureField> ValidateFields(List<ExchangeField> rows, ImportContext context, List<ImportRowError> errors)
    {
        var created = new List<ProcedureField>();
        for (var i = 0; i < rows.Count; i++)
        {
            var code = rows[i]?.Code?.Trim();
            var report = new RowReport($"fields[{i}]", i + 1, code, errors, "Lĩnh vực thứ");
            var name = rows[i]?.Name?.Trim();
            if (string.IsNullOrEmpty(code) || code.Length > 32)
            {
                report.Fail("Mã lĩnh vực không được để trống và không dài quá 32 ký tự.");
                continue;
            }

            if (string.IsNullOrEmpty(name) || name.Length > 256)
            {
                report.Fail("Tên lĩnh vực không được để trống và không dài quá 256 ký tự.");
            }

            if (!context.FileFields.Add(code))
            {
                report.Fail("Mã lĩnh vực bị trùng với một lĩnh vực khác trong tệp.");
            }
            else if (!context.ExistingFields.Contains(code) && !string.IsNullOrEmpty(name))
            {
                // A field already in the catalog keeps its name: renaming a sector is an editor's decision, not an import side effect.
                created.Add(ProcedureField.Create(code, name));
            }
        }

        return created;
    }

    private static PlannedProcedure? Build(ExchangeProcedure source, ImportContext context, RowReport row, Func<int, int, string?>? formKey)
    {
        if (!Procedure.IsValidCode(row.Code))
        {
            row.Fail("Mã thủ tục chỉ gồm chữ số, chữ in hoa và dấu chấm (ví dụ 1.004082), tối đa 32 ký tự.");
        }

        var versions = (source.EarlierVersions ?? []).Append(source).ToList();
        var contents = new List<ProcedureContent>();
        for (var v = 0; v < versions.Count; v++)
        {
            var version = versions[v];
            var label = versions.Count > 1 ? $"Phiên bản {v + 1}: " : string.Empty;
            if (version is null)
            {
                row.Fail(label + "Phiên bản trống.");
                return null;
            }

            if (v < versions.Count - 1 && version.Decision is null)
            {
                row.Fail(label + "Phiên bản trước phải có quyết định công bố.");
            }

            if (version.Decision is { } decision && decision.SignedOn > context.Today)
            {
                row.Fail(label + $"Ngày ký quyết định {decision.Number} ({decision.SignedOn:dd/MM/yyyy}) không được sau ngày hôm nay.");
            }

            var unitId = Guid.AllBitsSet;
            if (string.IsNullOrWhiteSpace(version.ImplementingUnit))
            {
                row.Fail(label + "Phải ghi mã cơ quan thực hiện.");
            }
            else if (context.Units.TryGetValue(version.ImplementingUnit.Trim(), out var unit))
            {
                unitId = unit.Id;
            }
            else
            {
                row.Fail(label + $"Không tìm thấy cơ quan thực hiện có mã {version.ImplementingUnit.Trim()}.");
            }

            var field = version.Field?.Trim();
            if (!string.IsNullOrEmpty(field) && !context.FileFields.Contains(field) && !context.ExistingFields.Contains(field))
            {
                row.Fail(label + $"Lĩnh vực {field} chưa có trong danh mục và không được khai báo trong phần \"fields\" của tệp.");
            }

            var components = version.Components ?? [];
            for (var c = 0; c < components.Count; c++)
            {
                if (components[c]?.FormFile is { } file)
                {
                    CheckFormFile(file, c, label, row);
                }
            }

            contents.Add(version.ToContent(unitId, c => formKey?.Invoke(v, c)));
        }

        // An invalid code is already reported; a stand-in lets the content still be checked and reported in the same pass.
        var code = Procedure.IsValidCode(row.Code) ? row.Code! : "0";
        var created = Procedure.Create(context.IdFor(code), code, contents[0], context.NowUtc, context.IsDemo);
        if (!created.IsSuccess)
        {
            row.Fail(created.Error, versions.Count > 1 ? "Phiên bản 1: " : string.Empty);
            return null;
        }

        var procedure = created.Value;
        for (var v = 0; v < versions.Count; v++)
        {
            var label = versions.Count > 1 ? $"Phiên bản {v + 1}: " : string.Empty;
            if (v > 0)
            {
                var saved = procedure.SaveDraft(contents[v], context.NowUtc);
                if (!saved.IsSuccess)
                {
                    row.Fail(saved.Error, label);
                    return null;
                }
            }

            if (versions[v].Decision is { } decision)
            {
                var published = procedure.Publish(decision.ToDecision(), context.NowUtc);
                if (!published.IsSuccess)
                {
                    row.Fail(published.Error, label);
                    return null;
                }
            }
        }

        if (source.Abolition is { } abolition)
        {
            var retired = procedure.Retire(abolition.ToDecision());
            if (!retired.IsSuccess)
            {
                row.Fail(retired.Error, "Bãi bỏ: ");
                return null;
            }
        }

        InternalProcess? process = null;
        if (source.InternalProcess is { } definition)
        {
            process = BuildProcess(definition, procedure, contents[^1], context, row);
        }

        return row.HasFailed ? null : new PlannedProcedure(procedure, process, StateOf(procedure));
    }

    private static InternalProcess? BuildProcess(ExchangeInternalProcess definition, Procedure procedure, ProcedureContent legal, ImportContext context, RowReport row)
    {
        var steps = new List<ProcessStep>();
        var sourceSteps = definition.Steps ?? [];
        for (var s = 0; s < sourceSteps.Count; s++)
        {
            var step = sourceSteps[s];
            if (step is null)
            {
                row.Fail($"Quy trình nội bộ, bước {s + 1}: bước trống.");
                continue;
            }

            if (!StaffRoles.IsKnown(step.Role ?? string.Empty))
            {
                row.Fail($"Quy trình nội bộ, bước {s + 1}: vai trò \"{step.Role}\" không hợp lệ (dùng một trong: {string.Join(", ", StaffRoles.All)}).");
            }

            Guid? unitId = null;
            if (!string.IsNullOrWhiteSpace(step.Unit))
            {
                if (context.Units.TryGetValue(step.Unit.Trim(), out var unit))
                {
                    unitId = unit.Id;
                }
                else
                {
                    row.Fail($"Quy trình nội bộ, bước {s + 1}: không tìm thấy đơn vị có mã {step.Unit.Trim()}.");
                }
            }

            steps.Add(new ProcessStep { Name = step.Name?.Trim() ?? string.Empty, Role = step.Role?.Trim() ?? string.Empty, UnitId = unitId, Budget = step.Budget, BudgetUnit = step.BudgetUnit });
        }

        var process = InternalProcess.Create(procedure.Id, legal.ImplementingUnitId);
        // An approved process must fit the legal time of the version it serves (NĐ 61/2018 Đ7).
        var defined = process.Define(steps, legal, publish: procedure.LatestPublished is not null, context.NowUtc);
        if (!defined.IsSuccess)
        {
            row.Fail(defined.Error, "Quy trình nội bộ: ");
            return null;
        }

        return process;
    }

    private static void CheckFormFile(ExchangeFormFile file, int component, string label, RowReport row)
    {
        var prefix = $"{label}Mẫu đơn của thành phần hồ sơ thứ {component + 1}: ";
        if (string.IsNullOrWhiteSpace(file.FileName) || FormFiles.ContentTypeOf(file.FileName) is null)
        {
            row.Fail(prefix + $"tên tệp phải có đuôi {string.Join(", ", FormFiles.Extensions)}.");
        }

        if (file.Content is null || file.Content.Length == 0 || file.Content.Length > MaxFormFileBytes)
        {
            row.Fail(prefix + $"nội dung tệp phải có và không lớn hơn {MaxFormFileBytes / 1024} KB.");
        }
    }

    private async Task<Dictionary<(int Row, int Version, int Component), string>> SaveFormFilesAsync(List<ExchangeProcedure> procedures, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<(int, int, int), string>();
        for (var i = 0; i < procedures.Count; i++)
        {
            var versions = (procedures[i].EarlierVersions ?? []).Append(procedures[i]).ToList();
            for (var v = 0; v < versions.Count; v++)
            {
                var components = versions[v].Components ?? [];
                for (var c = 0; c < components.Count; c++)
                {
                    if (components[c].FormFile is { } file)
                    {
                        using var content = new MemoryStream(file.Content, writable: false);
                        var stored = await files.SaveAsync("forms", file.FileName, FormFiles.ContentTypeOf(file.FileName)!, content, cancellationToken);
                        keys[(i, v, c)] = stored.Key;
                    }
                }
            }
        }

        return keys;
    }

    private static string StateOf(Procedure procedure) =>
        procedure.RetiredOn is not null ? "Retired" : procedure.LatestPublished is not null ? nameof(VersionStatus.Published) : nameof(VersionStatus.Draft);

    private static ImportOutcome TooLarge() =>
        ImportOutcome.Refused($"Tệp quá lớn: dung lượng tối đa là {MaxUploadBytes / 1024 / 1024} MB. Hãy chia danh mục thành nhiều tệp nhỏ hơn.");

    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private sealed record PlannedProcedure(Procedure Procedure, InternalProcess? Process, string State);

    private sealed record ImportContext(
        Dictionary<string, UnitSummary> Units, HashSet<string> ExistingCodes, HashSet<string> ExistingFields, HashSet<string> FileFields,
        DateOnly Today, DateTime NowUtc, bool IsDemo)
    {
        /// <summary>Demo rows get ids derived from their code, so links in the demo survive a re-seed.</summary>
        public Guid IdFor(string code) => IsDemo
            ? new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("motcua-demo:procedure:" + code)).AsSpan(0, 16))
            : Guid.CreateVersion7();
    }

    private sealed class RowReport(string key, int row, string? code, List<ImportRowError> errors, string noun = "Dòng")
    {
        private int _failures;

        public string? Code { get; } = string.IsNullOrEmpty(code) ? null : code;

        public bool HasFailed => _failures > 0;

        public void Fail(string message)
        {
            _failures++;
            var who = Code is null ? $"{noun} {row}" : $"{noun} {row} (mã {Code})";
            errors.Add(new ImportRowError(key, row, Code, $"{who}: {message}"));
        }

        public void Fail(Error error, string prefix)
        {
            var messages = error.Fields?.SelectMany(f => f.Value).ToList() is { Count: > 0 } fieldMessages ? fieldMessages : [error.Message];
            foreach (var message in messages.Distinct(StringComparer.Ordinal))
            {
                Fail(prefix + message);
            }
        }
    }
}
