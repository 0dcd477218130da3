namespace MotCua.Dossiers.Persistence;

/// <summary>The last dossier number issued by a desk on a receipt day (DOMAIN A5): one row per desk and day.</summary>
internal sealed class DossierCodeSequence
{
    public string DeskCode { get; set; } = string.Empty;

    public DateOnly Day { get; set; }

    public int LastNumber { get; set; }
}

/// <summary>A file uploaded for a dossier and not yet, or already, attached to one.</summary>
internal sealed class DossierUpload
{
    public Guid Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public string Sha256 { get; set; } = string.Empty;

    public long Size { get; set; }

    public string ContentType { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string UploadedBy { get; set; } = string.Empty;

    public DateTime UploadedAtUtc { get; set; }

    /// <summary>The dossier it became part of; an upload is attached once, never reused.</summary>
    public string? DossierCode { get; set; }
}

/// <summary>
/// The answer given to a create call carrying an Idempotency-Key: the same key and body get the same answer again,
/// the same key with another body is refused.
/// </summary>
internal sealed class IdempotentRequest
{
    public string Actor { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public string RequestHash { get; set; } = string.Empty;

    public int StatusCode { get; set; }

    public string ResponseJson { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>
/// A submission the citizen saved to finish later (bản nháp): the form as filled, with the files already checked and
/// stored, owned by the CCCD that saved it and seen by no one else.
/// </summary>
internal sealed class DossierDraft
{
    public Guid Id { get; set; }

    public string OwnerCitizenId { get; set; } = string.Empty;

    public string ProcedureCode { get; set; } = string.Empty;

    public string ProcedureName { get; set; } = string.Empty;

    public string FormJson { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
