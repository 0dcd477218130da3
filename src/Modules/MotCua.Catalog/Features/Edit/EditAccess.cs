using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Catalog.Features.Edit;

/// <summary>
/// The checks every catalog edit shares: the procedure exists, the editor's unit covers the implementing unit
/// (a provincial control officer covers the whole province, a department's officer only its own subtree), the edit
/// is based on the latest state, and the content refers to units and fields that exist.
/// </summary>
internal sealed class EditAccess(DbContext db, IOrganisationDirectory directory)
{
    public const string StaleMessage =
        "Thủ tục đã được người khác cập nhật sau khi bạn mở trang. Vui lòng tải lại để xem nội dung mới nhất rồi thực hiện lại.";

    public async Task<Result<Procedure>> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var procedure = await db.Set<Procedure>().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        return procedure is null ? Error.NotFound("procedure.not_found", $"Không tìm thấy thủ tục mã {code}.") : procedure;
    }

    /// <summary>The unit a procedure belongs to now: its draft's, else its latest published version's.</summary>
    public static Guid CurrentUnitOf(Procedure procedure) =>
        (procedure.Draft ?? procedure.LatestPublished ?? procedure.Versions.MaxBy(v => v.Number))?.ImplementingUnitId ?? Guid.Empty;

    public async Task<Error?> RequireScopeAsync(ClaimsPrincipal user, Guid unitId, CancellationToken cancellationToken)
    {
        var unit = await directory.FindAsync(unitId, cancellationToken);
        return unit is null || user.Covers(unit.Path)
            ? null
            : Error.Forbidden($"Bạn không có quyền quản lý thủ tục của {unit.Name}.");
    }

    /// <summary>Refuses an edit made on a version of the procedure that someone else has changed since.</summary>
    public Error? RequireFresh(Procedure procedure, Guid expectedStamp)
    {
        if (procedure.ConcurrencyStamp != expectedStamp)
        {
            return Error.Conflict("procedure.stale", StaleMessage);
        }

        // The UPDATE is conditioned on the stamp the editor saw, so a save racing between load and commit fails too.
        db.Entry(procedure).Property(p => p.ConcurrencyStamp).OriginalValue = expectedStamp;
        return null;
    }

    /// <summary>Checks the references of a content: its implementing unit and its field must exist.</summary>
    public async Task CheckReferencesAsync(ProcedureContent content, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (content.ImplementingUnitId != Guid.Empty && await directory.FindAsync(content.ImplementingUnitId, cancellationToken) is null)
        {
            errors.Add(nameof(ProcedureContent.ImplementingUnitId), "Cơ quan thực hiện không có trong cây tổ chức.");
        }

        var field = content.FieldCode?.Trim();
        if (!string.IsNullOrEmpty(field) && !await db.Set<ProcedureField>().AnyAsync(f => f.Code == field, cancellationToken))
        {
            errors.Add(nameof(ProcedureContent.FieldCode), $"Lĩnh vực mã {field} không có trong danh mục lĩnh vực.");
        }
    }

    /// <summary>Loads a procedure the editor may see: it exists and the editor's unit covers its current unit.</summary>
    public async Task<Result<Procedure>> LoadInScopeAsync(ClaimsPrincipal user, string code, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(code, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded;
        }

        return await RequireScopeAsync(user, CurrentUnitOf(loaded.Value), cancellationToken) ?? loaded;
    }

    /// <summary>
    /// Loads a procedure for a change: in scope (and <paramref name="targetUnitId"/> too, when the change moves it),
    /// and based on its latest state.
    /// </summary>
    public async Task<Result<Procedure>> LoadForEditAsync(
        ClaimsPrincipal user, string code, Guid expectedStamp, CancellationToken cancellationToken, Guid? targetUnitId = null)
    {
        var loaded = await LoadInScopeAsync(user, code, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded;
        }

        var procedure = loaded.Value;
        var forbidden = targetUnitId is { } target ? await RequireScopeAsync(user, target, cancellationToken) : null;
        return forbidden ?? RequireFresh(procedure, expectedStamp) ?? Result<Procedure>.Success(procedure);
    }

    /// <summary>Commits a change; a concurrent edit that committed first turns this one into a 409.</summary>
    public async Task<Result<T>> SaveAsync<T>(T outcome, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return outcome;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("procedure.stale", StaleMessage);
        }
    }
}

internal static class ValidationErrorsExtensions
{
    public static void AddAll(this ValidationErrors errors, Error error)
    {
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }
    }
}

/// <summary>What an edit returns: the procedure's code, the version touched and the stamp to send with the next edit.</summary>
public sealed record ProcedureEdited(string Code, int VersionNumber, VersionStatus Status, Guid ConcurrencyStamp);
