namespace MotCua.Engagement.Contracts;

/// <summary>
/// Links a citizen follows from an SMS or e-mail to rate a returned dossier without signing in: the dossier code and
/// an expiry, signed (HMAC-SHA256 with Satisfaction:LinkKey), valid for Satisfaction:LinkValidDays.
/// </summary>
public interface IRatingLinks
{
    /// <summary>The absolute address of the rating page for this dossier (Satisfaction:PublicBaseUrl + /danh-gia/{token}).</summary>
    Uri LinkFor(string dossierCode);
}
