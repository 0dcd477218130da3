namespace MotCua.Integration.Domain;

/// <summary>Where a dossier was first submitted, as far as the national portal is concerned.</summary>
internal enum PortalSyncOrigin
{
    /// <summary>Received by MotCua (desk, post, or MotCua's own portal): MotCua creates it on the national portal.</summary>
    MotCua = 1,

    /// <summary>Submitted on the national portal and sent to MotCua through the connector: it already exists there.</summary>
    NationalPortal = 2,
}

/// <summary>
/// How far one dossier has been synchronised to the national portal (Cổng DVCQG): the last history line pushed, the
/// status the portal was last told, and the last error. Lines are pushed once each, in order: a line at or below
/// <see cref="LastSequence"/> is a duplicate delivery and is ignored.
/// </summary>
internal sealed class PortalSync
{
    public const int CodeMaxLength = 64;
    public const int PortalIdMaxLength = 64;
    public const int ErrorMaxLength = 1000;

    private PortalSync()
    {
    }

    public string Code { get; private set; } = string.Empty;

    public PortalSyncOrigin Origin { get; private set; }

    /// <summary>The portal's own identifier (its MaHoSo) for a dossier submitted there; null for MotCua's.</summary>
    public string? PortalDossierId { get; private set; }

    public DateTime? CreatedOnPortalAtUtc { get; private set; }

    /// <summary>The last history line (sequence) the portal has; 0 before the first.</summary>
    public int LastSequence { get; private set; }

    /// <summary>The TrangThaiHoSo (1–10) the portal was last told; null before the first sync.</summary>
    public int? LastStatus { get; private set; }

    public DateTime? LastSyncedAtUtc { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? LastErrorAtUtc { get; private set; }

    public int Version { get; private set; }

    public bool NeedsCreateOnPortal => Origin == PortalSyncOrigin.MotCua && CreatedOnPortalAtUtc is null;

    public static PortalSync ForMotCuaDossier(string code) => new() { Code = code, Origin = PortalSyncOrigin.MotCua };

    public static PortalSync ForPortalSubmission(string code, string? portalDossierId) =>
        new() { Code = code, Origin = PortalSyncOrigin.NationalPortal, PortalDossierId = portalDossierId };

    /// <summary>The connector learnt after the first line was synced that the dossier came from the portal.</summary>
    public void CameFromPortal(string portalDossierId)
    {
        Origin = PortalSyncOrigin.NationalPortal;
        PortalDossierId = portalDossierId;
        Version++;
    }

    public bool HasSynced(int sequence) => sequence <= LastSequence;

    public void CreatedOnPortal(DateTime nowUtc)
    {
        CreatedOnPortalAtUtc = nowUtc;
        Version++;
    }

    public void Synced(int sequence, int status, DateTime nowUtc)
    {
        if (sequence <= LastSequence)
        {
            throw new InvalidOperationException($"Line {sequence} of dossier {Code} is not after line {LastSequence}.");
        }

        LastSequence = sequence;
        LastStatus = status;
        LastSyncedAtUtc = nowUtc;
        LastError = null;
        LastErrorAtUtc = null;
        Version++;
    }

    public void Failed(string error, DateTime nowUtc)
    {
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        LastErrorAtUtc = nowUtc;
        Version++;
    }
}
