namespace MotCua.Catalog.Domain;

/// <summary>Thời hạn giải quyết; <see cref="Channel"/> null means "every channel" unless a channel-specific row exists.</summary>
public sealed class ProcessingTime
{
    public SubmissionChannels? Channel { get; set; }

    public decimal Amount { get; set; }

    public TimeUnit Unit { get; set; } = TimeUnit.WorkingDays;

    /// <summary>Upper bound of the time in working hours, for comparing an internal process against it (8 h a day).</summary>
    public decimal MaxWorkingHours => Unit switch
    {
        TimeUnit.WorkingHours => Amount,
        TimeUnit.Months => Amount * 31 * 8,
        _ => Amount * 8,
    };
}

/// <summary>Phí, lệ phí in đồng: a fixed amount, or a rule in words when the amount depends on the case.</summary>
public sealed class FeeItem
{
    public FeeKind Kind { get; set; } = FeeKind.Charge;

    public string Description { get; set; } = string.Empty;

    public long? AmountDong { get; set; }

    public string? Rule { get; set; }

    public string? Exemptions { get; set; }
}

/// <summary>Thành phần hồ sơ.</summary>
public sealed class DossierComponent
{
    public string Name { get; set; } = string.Empty;

    public int Originals { get; set; }

    public int Copies { get; set; }

    /// <summary>Name of the form (tên mẫu đơn, tờ khai), e.g. "Mẫu số 03/2013/TT-LLTP".</summary>
    public string? FormName { get; set; }

    /// <summary>Key of the form's template file in the file store, when one is attached.</summary>
    public string? FormFileKey { get; set; }

    public ComponentRequirement Requirement { get; set; } = ComponentRequirement.Required;

    public string? Condition { get; set; }

    /// <summary>May be taken from a digitised earlier result instead of being submitted again (NĐ 45/2020).</summary>
    public bool Reusable { get; set; }
}

/// <summary>Căn cứ pháp lý.</summary>
public sealed class LegalBasis
{
    public string Number { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }
}

/// <summary>Quyết định công bố (NĐ 63/2010 Đ13–15).</summary>
public sealed class PublicationDecision
{
    public string Number { get; set; } = string.Empty;

    public DateOnly SignedOn { get; set; }

    public string Signer { get; set; } = string.Empty;

    public DateOnly EffectiveOn { get; set; }
}
