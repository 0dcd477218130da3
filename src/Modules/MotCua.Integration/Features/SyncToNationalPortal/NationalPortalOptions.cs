namespace MotCua.Integration.Features.SyncToNationalPortal;

/// <summary>Configuration section "NationalPortal": where the national portal is and how MotCua signs in to it.</summary>
internal sealed class NationalPortalOptions
{
    public const string Section = "NationalPortal";

    /// <summary>Root of the portal's API, ending with a slash; the connector is off while it is empty.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>MotCua's client id at the portal (OAuth 2.0 client credentials).</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The national portal's own credentials for calling MotCua (provisioned as a system client at start).</summary>
    public InboundClient Inbound { get; set; } = new();

    public bool IsConfigured => BaseUrl is not null && !string.IsNullOrEmpty(ClientId) && !string.IsNullOrEmpty(ClientSecret);

    internal sealed class InboundClient
    {
        public string? ClientId { get; set; }

        public string? ClientSecret { get; set; }

        /// <summary>When the secret stops working, so that it is rotated; none by default.</summary>
        public DateTime? SecretExpiresAtUtc { get; set; }
    }
}
