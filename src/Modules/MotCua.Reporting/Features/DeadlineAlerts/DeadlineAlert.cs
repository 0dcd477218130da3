using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Reporting.Features.DeadlineAlerts;

public enum DeadlineAlertKind
{
    /// <summary>The appointment falls within one working day (<see cref="Dashboard.DueSoon"/>).</summary>
    DueSoon = 1,

    /// <summary>The appointment has passed and the dossier is still being processed.</summary>
    Overdue = 2,
}

public enum AlertRecipientRole
{
    /// <summary>The officer the dossier's current step is assigned to.</summary>
    Assignee = 1,

    /// <summary>A leader of the unit that resolves the dossier.</summary>
    Leader = 2,
}

/// <summary>
/// One warning to one member of staff about one dossier on one local day. The key (dossier, recipient, day, kind) is
/// unique, so a second run of the job on the same day, or a run on another instance, raises nothing twice.
/// </summary>
public sealed class DeadlineAlert
{
    private DeadlineAlert()
    {
    }

    public DeadlineAlert(
        Guid dossierId, string dossierCode, string procedureCode, string processingUnitPath, DateTime? dueAtUtc,
        string recipient, AlertRecipientRole role, DeadlineAlertKind kind, DateOnly localDay, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        DossierId = dossierId;
        DossierCode = dossierCode;
        ProcedureCode = procedureCode;
        ProcessingUnitPath = processingUnitPath;
        DueAtUtc = dueAtUtc;
        Recipient = recipient;
        Role = role;
        Kind = kind;
        LocalDay = localDay;
        CreatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public string DossierCode { get; private set; } = string.Empty;

    public string ProcedureCode { get; private set; } = string.Empty;

    public string ProcessingUnitPath { get; private set; } = string.Empty;

    public DateTime? DueAtUtc { get; private set; }

    /// <summary>The staff member's e-mail, the identity recorded on dossiers.</summary>
    public string Recipient { get; private set; } = string.Empty;

    public AlertRecipientRole Role { get; private set; }

    public DeadlineAlertKind Kind { get; private set; }

    /// <summary>The local (Asia/Ho_Chi_Minh) day the alert belongs to.</summary>
    public DateOnly LocalDay { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the e-mail that carried it was accepted by the mail relay.</summary>
    public DateTime? EmailedAtUtc { get; private set; }

    public void MarkEmailed(DateTime nowUtc) => EmailedAtUtc = nowUtc;
}

internal sealed class DeadlineAlertConfiguration : IEntityTypeConfiguration<DeadlineAlert>
{
    public void Configure(EntityTypeBuilder<DeadlineAlert> builder)
    {
        builder.ToTable("reporting_deadline_alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.DossierCode).HasMaxLength(64);
        builder.Property(a => a.ProcedureCode).HasMaxLength(32);
        builder.Property(a => a.ProcessingUnitPath).HasMaxLength(512);
        builder.Property(a => a.Recipient).HasMaxLength(256);
        builder.HasIndex(a => new { a.DossierId, a.Recipient, a.LocalDay, a.Kind }).IsUnique();
        // A member of staff's alerts of a day, and the ones their e-mail has not carried yet.
        builder.HasIndex(a => new { a.Recipient, a.LocalDay });
    }
}
