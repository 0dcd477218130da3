using MotCua.Kernel.Results;

namespace MotCua.Catalog.Domain;

/// <summary>
/// Everything a publication decision publishes about a procedure (NĐ 63/2010 Đ8.2 and the Phần II layout of
/// provincial decisions): what a draft edits and what a published version freezes.
/// </summary>
public sealed record ProcedureContent
{
    public const int NameMaxLength = 500;
    public const int TextMaxLength = 8000;

    public string Name { get; init; } = string.Empty;

    public string FieldCode { get; init; } = string.Empty;

    public CompetenceLevels Levels { get; init; }

    /// <summary>Cơ quan có thẩm quyền quyết định.</summary>
    public string CompetentAgency { get; init; } = string.Empty;

    /// <summary>Cơ quan thực hiện: the unit of the organisation tree that handles it.</summary>
    public Guid ImplementingUnitId { get; init; }

    public SubmissionChannels Channels { get; init; }

    public List<ProcessingTime> ProcessingTimes { get; init; } = [];

    public List<FeeItem> Fees { get; init; } = [];

    public List<DossierComponent> Components { get; init; } = [];

    /// <summary>Trình tự thực hiện.</summary>
    public string Sequence { get; init; } = string.Empty;

    /// <summary>Đối tượng thực hiện.</summary>
    public string Subjects { get; init; } = string.Empty;

    /// <summary>Yêu cầu, điều kiện.</summary>
    public string? Conditions { get; init; }

    /// <summary>Kết quả thực hiện.</summary>
    public string ResultType { get; init; } = string.Empty;

    /// <summary>The result is a paper document (766 indicators 3.3 and 4.1 look at this).</summary>
    public bool PaperResult { get; init; } = true;

    public List<LegalBasis> LegalBases { get; init; } = [];

    public OnlineServiceLevel OnlineLevel { get; init; }

    /// <summary>Flagged in the national database as eligible for full-online service (766 indicator 3.1).</summary>
    public bool EligibleForFullOnline { get; init; }

    /// <summary>Thủ tục đặc thù.</summary>
    public bool IsSpecial { get; init; }

    /// <summary>Thủ tục nội bộ (between state bodies).</summary>
    public bool IsInternal { get; init; }

    /// <summary>Nhóm thủ tục liên thông, when the procedure belongs to one.</summary>
    public string? InterAgencyGroup { get; init; }

    /// <summary>Checks what a draft may hold; publishing adds <see cref="ValidateForPublication"/>.</summary>
    public void Validate(ValidationErrors errors)
    {
        errors.Required(nameof(Name), Name, "Tên thủ tục", NameMaxLength);
        errors.Required(nameof(FieldCode), FieldCode, "Lĩnh vực", 32);
        errors.Optional(nameof(CompetentAgency), CompetentAgency, "Cơ quan có thẩm quyền", 256);
        errors.Optional(nameof(Sequence), Sequence, "Trình tự thực hiện", TextMaxLength);
        errors.Optional(nameof(Subjects), Subjects, "Đối tượng thực hiện", 1000);
        errors.Optional(nameof(Conditions), Conditions, "Yêu cầu, điều kiện", TextMaxLength);
        errors.Optional(nameof(ResultType), ResultType, "Kết quả thực hiện", 500);
        errors.Optional(nameof(InterAgencyGroup), InterAgencyGroup, "Nhóm liên thông", 128);
        if (ImplementingUnitId == Guid.Empty)
        {
            errors.Add(nameof(ImplementingUnitId), "Phải chọn cơ quan thực hiện.");
        }

        for (var i = 0; i < ProcessingTimes.Count; i++)
        {
            var time = ProcessingTimes[i];
            if (time.Amount <= 0 || time.Amount > 365)
            {
                errors.Add($"{nameof(ProcessingTimes)}[{i}].{nameof(ProcessingTime.Amount)}", "Thời hạn giải quyết phải lớn hơn 0 và không quá 365.");
            }
            else if (time.Amount % 0.5m != 0)
            {
                errors.Add($"{nameof(ProcessingTimes)}[{i}].{nameof(ProcessingTime.Amount)}", "Thời hạn giải quyết chỉ được tính theo đơn vị nửa ngày (0,5).");
            }

            if (!Enum.IsDefined(time.Unit))
            {
                errors.Add($"{nameof(ProcessingTimes)}[{i}].{nameof(ProcessingTime.Unit)}", "Đơn vị thời hạn không hợp lệ.");
            }
        }

        if (ProcessingTimes.GroupBy(t => t.Channel).Any(g => g.Count() > 1))
        {
            errors.Add(nameof(ProcessingTimes), "Mỗi cách thức nộp chỉ có một thời hạn giải quyết.");
        }

        for (var i = 0; i < Fees.Count; i++)
        {
            var fee = Fees[i];
            var prefix = $"{nameof(Fees)}[{i}]";
            errors.Required($"{prefix}.{nameof(FeeItem.Description)}", fee.Description, "Nội dung phí, lệ phí", 500);
            if (fee.AmountDong is < 0)
            {
                errors.Add($"{prefix}.{nameof(FeeItem.AmountDong)}", "Mức phí, lệ phí không được âm.");
            }

            if (fee.AmountDong is null && string.IsNullOrWhiteSpace(fee.Rule))
            {
                errors.Add($"{prefix}.{nameof(FeeItem.AmountDong)}", "Phải ghi mức thu (đồng) hoặc cách tính phí, lệ phí.");
            }

            errors.Optional($"{prefix}.{nameof(FeeItem.Rule)}", fee.Rule, "Cách tính", 1000);
            errors.Optional($"{prefix}.{nameof(FeeItem.Exemptions)}", fee.Exemptions, "Đối tượng miễn, giảm", 1000);
        }

        for (var i = 0; i < Components.Count; i++)
        {
            var component = Components[i];
            var prefix = $"{nameof(Components)}[{i}]";
            errors.Required($"{prefix}.{nameof(DossierComponent.Name)}", component.Name, "Tên thành phần hồ sơ", 500);
            if (component.Originals < 0 || component.Copies < 0 || component.Originals + component.Copies == 0)
            {
                errors.Add($"{prefix}.{nameof(DossierComponent.Originals)}", "Số bản chính, bản sao phải không âm và có ít nhất một bản.");
            }

            if (component.Requirement == ComponentRequirement.Conditional && string.IsNullOrWhiteSpace(component.Condition))
            {
                errors.Add($"{prefix}.{nameof(DossierComponent.Condition)}", "Thành phần có điều kiện phải ghi rõ trường hợp phải nộp.");
            }
        }

        for (var i = 0; i < LegalBases.Count; i++)
        {
            errors.Required($"{nameof(LegalBases)}[{i}].{nameof(LegalBasis.Number)}", LegalBases[i].Number, "Số hiệu văn bản", 64);
            errors.Required($"{nameof(LegalBases)}[{i}].{nameof(LegalBasis.Title)}", LegalBases[i].Title, "Trích yếu văn bản", 500);
        }

        if (OnlineLevel != OnlineServiceLevel.None && !Channels.HasFlag(SubmissionChannels.Online))
        {
            errors.Add(nameof(OnlineLevel), "Thủ tục có dịch vụ công trực tuyến thì phải có cách thức nộp trực tuyến.");
        }
    }

    /// <summary>The components NĐ 63/2010 Đ8.2 requires before a procedure may be published.</summary>
    public void ValidateForPublication(ValidationErrors errors)
    {
        Validate(errors);
        if (Levels == CompetenceLevels.None)
        {
            errors.Add(nameof(Levels), "Phải chọn ít nhất một cấp thực hiện.");
        }

        if (Channels == SubmissionChannels.None)
        {
            errors.Add(nameof(Channels), "Phải chọn ít nhất một cách thức thực hiện.");
        }

        if (ProcessingTimes.Count == 0)
        {
            errors.Add(nameof(ProcessingTimes), "Phải có thời hạn giải quyết.");
        }

        if (Components.Count == 0)
        {
            errors.Add(nameof(Components), "Phải có ít nhất một thành phần hồ sơ.");
        }

        if (string.IsNullOrWhiteSpace(Sequence))
        {
            errors.Add(nameof(Sequence), "Phải có trình tự thực hiện.");
        }

        if (string.IsNullOrWhiteSpace(Subjects))
        {
            errors.Add(nameof(Subjects), "Phải có đối tượng thực hiện.");
        }

        if (string.IsNullOrWhiteSpace(ResultType))
        {
            errors.Add(nameof(ResultType), "Phải có kết quả thực hiện.");
        }

        if (LegalBases.Count == 0)
        {
            errors.Add(nameof(LegalBases), "Phải có ít nhất một căn cứ pháp lý.");
        }
    }

    /// <summary>The processing time that applies to a channel: its own row, else the general one.</summary>
    public ProcessingTime? TimeFor(SubmissionChannels channel) =>
        ProcessingTimes.FirstOrDefault(t => t.Channel == channel) ?? ProcessingTimes.FirstOrDefault(t => t.Channel is null)
        ?? ProcessingTimes.FirstOrDefault();
}
