namespace MotCua.Engagement.Features.Satisfaction;

/// <summary>Configuration section "Satisfaction".</summary>
internal sealed class SatisfactionOptions
{
    public const string Section = "Satisfaction";

    /// <summary>
    /// Calendar days (not working days) during which the applicant may change a rating: a citizen reads "7 ngày" as a
    /// week, and no law makes this period a legal time limit counted in working days.
    /// </summary>
    public int EditableDays { get; set; } = 7;

    /// <summary>Days an SMS rating link stays valid after it was issued.</summary>
    public int LinkValidDays { get; set; } = 30;

    /// <summary>Base64 key (at least 32 bytes) that signs the SMS links; required in Production, generated per run elsewhere.</summary>
    public string? LinkKey { get; set; }

    /// <summary>Address citizens reach the site at, for links sent outside the site (SMS, e-mail).</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080/");
}
