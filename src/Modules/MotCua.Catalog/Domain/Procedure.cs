using MotCua.Kernel.Results;
using MotCua.Kernel.Text;

namespace MotCua.Catalog.Domain;

/// <summary>
/// A thủ tục hành chính under its national code, with every version ever published. A version is never
/// overwritten: a new publication decision supersedes the previous version from its effective date, so a
/// dossier received on any day can be bound to the version valid that day.
/// </summary>
public sealed class Procedure
{
    public const int CodeMaxLength = 32;

    private readonly List<ProcedureVersion> _versions = [];

    private Procedure()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Mã TTHC on the national database, e.g. <c>1.004082</c>.</summary>
    public string Code { get; private set; } = string.Empty;

    public bool IsDemo { get; private set; }

    /// <summary>First day on which the procedure is abolished (bãi bỏ), when a decision abolished it.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public string? RetirementDecisionNumber { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public IReadOnlyList<ProcedureVersion> Versions => _versions;

    public ProcedureVersion? Draft => _versions.FirstOrDefault(v => v.Status == VersionStatus.Draft);

    public ProcedureVersion? LatestPublished =>
        _versions.Where(v => v.Status is VersionStatus.Published or VersionStatus.Superseded).MaxBy(v => v.Number);

    public static bool IsValidCode(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Length <= CodeMaxLength &&
        code.All(c => char.IsAsciiDigit(c) || c == '.' || char.IsAsciiLetterUpper(c));

    public static Result<Procedure> Create(Guid id, string code, ProcedureContent content, DateTime nowUtc, bool isDemo)
    {
        var errors = new ValidationErrors();
        if (!IsValidCode(code))
        {
            errors.Add(nameof(Code), "Mã thủ tục chỉ gồm chữ số, chữ in hoa và dấu chấm (ví dụ 1.004082), tối đa 32 ký tự.");
        }

        content.Validate(errors);
        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var procedure = new Procedure { Id = id, Code = code.Trim(), IsDemo = isDemo, ConcurrencyStamp = Guid.NewGuid() };
        procedure._versions.Add(ProcedureVersion.NewDraft(procedure, 1, content, nowUtc));
        return procedure;
    }

    /// <summary>Edits the open draft, or opens one from the latest published content.</summary>
    public Result<ProcedureVersion> SaveDraft(ProcedureContent content, DateTime nowUtc)
    {
        if (RetiredOn is not null)
        {
            return Error.Conflict("procedure.retired", "Thủ tục đã bị bãi bỏ, không thể sửa đổi.");
        }

        var errors = new ValidationErrors();
        content.Validate(errors);
        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        var draft = Draft;
        if (draft is null)
        {
            draft = ProcedureVersion.NewDraft(this, _versions.Max(v => v.Number) + 1, content, nowUtc);
            _versions.Add(draft);
        }
        else
        {
            draft.Replace(content, Code, nowUtc);
        }

        Touch();
        return draft;
    }

    /// <summary>
    /// Publishes the draft under a publication decision (NĐ 63/2010 Đ13–15). The previous version stays valid
    /// until the day before the new one takes effect.
    /// </summary>
    public Result<ProcedureVersion> Publish(PublicationDecision decision, DateTime nowUtc)
    {
        var draft = Draft;
        if (draft is null)
        {
            return Error.Conflict("procedure.no_draft", "Không có bản dự thảo để công bố.");
        }

        if (RetiredOn is not null)
        {
            return Error.Conflict("procedure.retired", "Thủ tục đã bị bãi bỏ, không thể công bố.");
        }

        var errors = new ValidationErrors();
        ValidateDecision(decision, errors);
        draft.Content.ValidateForPublication(errors);
        var previous = LatestPublished;
        if (previous?.EffectiveFrom is { } previousStart && decision.EffectiveOn <= previousStart)
        {
            errors.Add("Decision.EffectiveOn", $"Ngày có hiệu lực phải sau ngày {previousStart:dd/MM/yyyy} của phiên bản đang công bố.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError("Chưa đủ điều kiện công bố. Vui lòng bổ sung các nội dung được đánh dấu.");
        }

        previous?.Supersede(decision.EffectiveOn.AddDays(-1));
        draft.MarkPublished(decision, nowUtc);
        Touch();
        return draft;
    }

    /// <summary>Bãi bỏ: the procedure is no longer valid from the decision's effective date.</summary>
    public Result<Procedure> Retire(PublicationDecision decision)
    {
        if (RetiredOn is not null)
        {
            return Error.Conflict("procedure.retired", "Thủ tục đã bị bãi bỏ trước đó.");
        }

        var current = LatestPublished;
        if (current is null)
        {
            return Error.Conflict("procedure.not_published", "Thủ tục chưa được công bố nên không thể bãi bỏ.");
        }

        var errors = new ValidationErrors();
        ValidateDecision(decision, errors);
        if (current.EffectiveFrom is { } start && decision.EffectiveOn <= start)
        {
            errors.Add("Decision.EffectiveOn", $"Ngày bãi bỏ phải sau ngày {start:dd/MM/yyyy} có hiệu lực của phiên bản hiện hành.");
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        current.Supersede(decision.EffectiveOn.AddDays(-1));
        if (Draft is { } draft)
        {
            _versions.Remove(draft);
        }

        RetiredOn = decision.EffectiveOn;
        RetirementDecisionNumber = decision.Number.Trim();
        Touch();
        return this;
    }

    /// <summary>The version in force on a day, or null when none was (not yet published, or abolished).</summary>
    public ProcedureVersion? VersionAt(DateOnly day) =>
        _versions.FirstOrDefault(v => v.EffectiveFrom is { } from && from <= day && (v.EffectiveTo is null || day <= v.EffectiveTo));

    private static void ValidateDecision(PublicationDecision decision, ValidationErrors errors)
    {
        errors.Required("Decision.Number", decision.Number, "Số quyết định", 64);
        errors.Required("Decision.Signer", decision.Signer, "Người ký", 128);
        if (decision.EffectiveOn < decision.SignedOn)
        {
            errors.Add("Decision.EffectiveOn", "Ngày có hiệu lực không được trước ngày ký quyết định.");
        }
    }

    internal static string SearchTextOf(string code, ProcedureContent content) =>
        VietnameseText.Fold($"{code} {content.Name}");

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}
