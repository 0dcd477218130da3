namespace MotCua.Dossiers.Domain;

/// <summary>What a wallet document was digitized from.</summary>
public enum WalletDocumentKind
{
    /// <summary>A thành phần hồ sơ of a dossier the desk accepted.</summary>
    Component = 1,

    /// <summary>The electronic result of a dossier (NĐ 45/2020 Đ19: results are kept for reuse).</summary>
    Result = 2,
}

/// <summary>
/// Kho dữ liệu của tổ chức, cá nhân (NĐ 45/2020 Đ13, NĐ 107/2021): a digitized document kept for its owner — the CCCD of
/// a person or the tax code of an organisation — so that a later submission reuses it instead of uploading it again.
/// The file itself is the dossier's, immutable in the file store; the wallet only points at it.
/// </summary>
public sealed class WalletDocument
{
    private WalletDocument()
    {
    }

    public WalletDocument(string ownerIdentifier, string? representativeIdentifier, WalletDocumentKind kind, string name, DigitizedFile file, string sourceDossierCode, int? componentNumber, string procedureCode, DateTime addedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(file);
        Id = Guid.CreateVersion7();
        OwnerIdentifier = ownerIdentifier;
        RepresentativeIdentifier = representativeIdentifier;
        Kind = kind;
        Name = name;
        File = file;
        SourceDossierCode = sourceDossierCode;
        ComponentNumber = componentNumber;
        ProcedureCode = procedureCode;
        AddedAtUtc = addedAtUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>The CCCD number or the tax/enterprise code the document belongs to.</summary>
    public string OwnerIdentifier { get; private set; } = string.Empty;

    /// <summary>
    /// The CCCD of the person who handed the source dossier in for the owner: an organisation's documents are shown to
    /// the representatives who submitted them, never to whoever types its tax code.
    /// </summary>
    public string? RepresentativeIdentifier { get; private set; }

    public WalletDocumentKind Kind { get; private set; }

    /// <summary>The component's name in the catalog, or the result's document number and procedure.</summary>
    public string Name { get; private set; } = string.Empty;

    public DigitizedFile File { get; private set; } = null!;

    public string SourceDossierCode { get; private set; } = string.Empty;

    /// <summary>The component's number in its dossier; null for a result.</summary>
    public int? ComponentNumber { get; private set; }

    public string ProcedureCode { get; private set; } = string.Empty;

    public DateTime AddedAtUtc { get; private set; }

    /// <summary>A new scan supplied during processing is the component's digitized copy from then on.</summary>
    public void Refresh(DigitizedFile file, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(file);
        File = file;
        AddedAtUtc = atUtc;
    }
}

/// <summary>One reuse of a wallet document in a new dossier: which document, which dossier and component, when, by whom.</summary>
public sealed class WalletReuse
{
    private WalletReuse()
    {
    }

    public WalletReuse(Guid documentId, string dossierCode, int componentNumber, string reusedBy, DateTime reusedAtUtc)
    {
        Id = Guid.CreateVersion7();
        DocumentId = documentId;
        DossierCode = dossierCode;
        ComponentNumber = componentNumber;
        ReusedBy = reusedBy;
        ReusedAtUtc = reusedAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public string DossierCode { get; private set; } = string.Empty;

    public int ComponentNumber { get; private set; }

    public string ReusedBy { get; private set; } = string.Empty;

    public DateTime ReusedAtUtc { get; private set; }
}
