using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Dossiers.Domain;

using MotCua.Kernel.Persistence;

namespace MotCua.Dossiers.Persistence;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.ToTable("dossier_dossiers");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasMaxLength(DossierCode.MaxLength);
        builder.HasIndex(d => d.Code).IsUnique();
        // Two officers acting at once: the second save finds another version and is refused (409).
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.DeskCode).HasMaxLength(32);
        builder.Property(d => d.DeskName).HasMaxLength(256);
        builder.Property(d => d.DeskUnitPath).HasMaxLength(512).IsMaterializedPath();
        builder.Property(d => d.ProcessingUnitPath).HasMaxLength(512).IsMaterializedPath();
        builder.Property(d => d.CurrentStepUnitPath!).HasMaxLength(512).IsMaterializedPath();
        builder.Property(d => d.CurrentAssignee).HasMaxLength(256);
        builder.Property(d => d.ProcedureCode).HasMaxLength(32);
        builder.Property(d => d.ProcedureName).HasMaxLength(1000);
        builder.Property(d => d.Regime).HasMaxLength(8);
        builder.Property(d => d.ApplicantSearch).HasMaxLength(256);
        builder.Property(d => d.RequestSummary).HasMaxLength(2000);
        builder.Property(d => d.StopReason).HasMaxLength(2000);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Timeliness).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.TimeLimitAmount).HasPrecision(9, 2);
        builder.Ignore(d => d.TimeLimit);
        builder.Ignore(d => d.AppointmentAtUtc);
        builder.Ignore(d => d.CurrentStep);
        builder.Ignore(d => d.LastStep);
        builder.Ignore(d => d.IsOnLastStep);
        builder.Ignore(d => d.OpenSupplement);
        builder.Ignore(d => d.OpenPause);
        builder.Property(d => d.ExternalSource).HasMaxLength(64);
        builder.Property(d => d.ExternalId).HasMaxLength(128);
        // One dossier per submission of an outside front door, however often it is resent.
        builder.HasIndex(d => new { d.ExternalSource, d.ExternalId }).IsUnique();
        builder.Property(d => d.Plan).HasConversion(JsonConversion<StepPlan>()).Metadata.SetValueComparer(JsonComparer<StepPlan>());
        builder.Property(d => d.RefusalReasons).HasConversion(JsonConversion<ReasonItem>()).Metadata.SetValueComparer(JsonComparer<ReasonItem>());

        // Inbox: keyset-paged by time left, filtered by scope paths and status.
        builder.HasIndex(d => new { d.InboxDueAtUtc, d.Code });
        builder.HasIndex(d => new { d.Status, d.InboxDueAtUtc });
        builder.HasIndex(d => d.DeskUnitPath);
        builder.HasIndex(d => d.ProcessingUnitPath);
        builder.HasIndex(d => d.CurrentStepUnitPath);
        builder.HasIndex(d => d.CurrentAssignee);
        builder.HasIndex(d => d.ApplicantSearch);

        builder.OwnsOne(d => d.Applicant, a =>
        {
            a.Property(x => x.Kind).HasColumnName("applicant_kind").HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.Name).HasColumnName("applicant_name").HasMaxLength(256);
            a.Property(x => x.Identifier).HasColumnName("applicant_identifier").HasMaxLength(32);
            a.Property(x => x.Address).HasColumnName("applicant_address").HasMaxLength(512);
            a.Property(x => x.Phone).HasColumnName("applicant_phone").HasMaxLength(32);
            a.Property(x => x.Email).HasColumnName("applicant_email").HasMaxLength(256);
            a.HasIndex(x => x.Identifier);
            a.HasIndex(x => x.Phone);
        });
        builder.Navigation(d => d.Applicant).IsRequired();
        builder.OwnsOne(d => d.Representative, r =>
        {
            r.Property(x => x.Name).HasColumnName("representative_name").HasMaxLength(256).IsRequired();
            r.Property(x => x.Identifier).HasColumnName("representative_identifier").HasMaxLength(32);
            r.Property(x => x.Address).HasColumnName("representative_address").HasMaxLength(512);
            r.Property(x => x.Phone).HasColumnName("representative_phone").HasMaxLength(32);
            r.Property(x => x.Email).HasColumnName("representative_email").HasMaxLength(256);
            r.Property(x => x.AuthorisationDocument).HasColumnName("representative_authorisation").HasMaxLength(256);
        });
        builder.OwnsOne(d => d.Apology, a =>
        {
            a.Property(x => x.ApologizedAtUtc).HasColumnName("apology_at").IsRequired();
            a.Property(x => x.NewAppointmentAtUtc).HasColumnName("apology_new_appointment");
            a.Property(x => x.Reason).HasColumnName("apology_reason").HasMaxLength(2000);
            a.Property(x => x.By).HasColumnName("apology_by").HasMaxLength(256);
        });
        builder.OwnsOne(d => d.Result, r =>
        {
            r.Property(x => x.DocumentNumber).HasColumnName("result_document_number").HasMaxLength(128).IsRequired();
            r.Property(x => x.ReadyAtUtc).HasColumnName("result_ready_at");
            r.Property(x => x.Method).HasColumnName("result_method").HasConversion<string>().HasMaxLength(16);
            r.Property(x => x.ReceivedBy).HasColumnName("result_received_by").HasMaxLength(256);
            r.Property(x => x.ReturnedAtUtc).HasColumnName("result_returned_at");
            r.OwnsOne(x => x.File, f => File(f, "result_file_"));
        });

        builder.OwnsMany(d => d.Components, c =>
        {
            c.ToTable("dossier_components");
            c.WithOwner().HasForeignKey("DossierId");
            c.HasKey("DossierId", nameof(SubmittedComponent.Number));
            c.Property(x => x.Number).ValueGeneratedNever();
            c.Property(x => x.Name).HasMaxLength(1000);
            c.Ignore(x => x.ReusedFromWallet);
            c.OwnsOne(x => x.File, f => File(f, "file_"));
        });
        builder.OwnsMany(d => d.Supplements, s =>
        {
            s.ToTable("dossier_supplements");
            s.WithOwner().HasForeignKey("DossierId");
            s.HasKey("DossierId", nameof(SupplementRequest.Sequence));
            s.Property(x => x.Sequence).ValueGeneratedNever();
            s.Property(x => x.Stage).HasConversion<string>().HasMaxLength(16);
            s.Property(x => x.RequestedBy).HasMaxLength(256);
            s.Property(x => x.Contact).HasMaxLength(256);
            s.Property(x => x.Items).HasConversion(JsonListConversion<ReasonItem>()).Metadata.SetValueComparer(JsonListComparer<ReasonItem>());
        });
        builder.OwnsMany(d => d.Pauses, p =>
        {
            p.ToTable("dossier_pauses");
            p.WithOwner().HasForeignKey("DossierId");
            p.HasKey("DossierId", nameof(FinancialObligationPause.Sequence));
            p.Property(x => x.Sequence).ValueGeneratedNever();
            p.Property(x => x.Description).HasMaxLength(1000);
        });
        builder.Ignore(d => d.OnlinePaymentPlatform);
        builder.OwnsMany(d => d.OnlinePayments, p =>
        {
            p.ToTable("dossier_online_payments");
            p.WithOwner().HasForeignKey("DossierId");
            p.HasKey("DossierId", nameof(OnlinePayment.PaymentId));
            p.Property(x => x.PaymentId).ValueGeneratedNever();
            p.Property(x => x.ReceiptNumber).HasMaxLength(64);
            p.Property(x => x.GatewayTransactionId).HasMaxLength(64);
        });
        builder.OwnsMany(d => d.Steps, s =>
        {
            s.ToTable("dossier_steps");
            s.WithOwner().HasForeignKey("DossierId");
            s.HasKey("DossierId", nameof(ProcessingStep.Sequence));
            s.Property(x => x.Sequence).ValueGeneratedNever();
            s.Property(x => x.Name).HasMaxLength(512);
            s.Property(x => x.Role).HasMaxLength(64);
            s.Property(x => x.UnitPath).HasMaxLength(512);
            s.Property(x => x.UnitName).HasMaxLength(256);
            s.Property(x => x.Assignee).HasMaxLength(256);
            s.Property(x => x.Judgement).HasConversion<string>().HasMaxLength(16);
            s.Property(x => x.Note).HasMaxLength(2000);
        });
        builder.OwnsMany(d => d.History, h =>
        {
            h.ToTable("dossier_history");
            h.WithOwner().HasForeignKey("DossierId");
            h.HasKey("DossierId", nameof(HistoryEntry.Sequence));
            h.Property(x => x.Sequence).ValueGeneratedNever();
            h.Property(x => x.Actor).HasMaxLength(256);
            h.Property(x => x.Trigger).HasConversion<string>().HasMaxLength(32);
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(32);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(32);
            h.Property(x => x.Reason).HasMaxLength(4000);
        });
    }

    internal static void File<TOwner>(OwnedNavigationBuilder<TOwner, DigitizedFile> file, string prefix)
        where TOwner : class
    {
        file.Property(x => x.Key).HasColumnName(prefix + "key").HasMaxLength(512).IsRequired();
        file.Property(x => x.Sha256).HasColumnName(prefix + "sha256").HasMaxLength(64);
        file.Property(x => x.Size).HasColumnName(prefix + "size");
        file.Property(x => x.ContentType).HasColumnName(prefix + "content_type").HasMaxLength(128);
        file.Property(x => x.FileName).HasColumnName(prefix + "name").HasMaxLength(256);
    }

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<IReadOnlyList<T>, string> JsonConversion<T>() => new(
        v => JsonSerializer.Serialize(v, Json),
        v => JsonSerializer.Deserialize<List<T>>(v, Json) ?? new List<T>());

    private static ValueComparer<IReadOnlyList<T>> JsonComparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
        v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Json), Json)!);

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<List<T>, string> JsonListConversion<T>() => new(
        v => JsonSerializer.Serialize(v, Json),
        v => JsonSerializer.Deserialize<List<T>>(v, Json) ?? new List<T>());

    private static ValueComparer<List<T>> JsonListComparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
        v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Json), Json)!);
}

internal sealed class DossierCodeSequenceConfiguration : IEntityTypeConfiguration<DossierCodeSequence>
{
    public void Configure(EntityTypeBuilder<DossierCodeSequence> builder)
    {
        builder.ToTable("dossier_code_sequences");
        builder.HasKey(s => new { s.DeskCode, s.Day });
        builder.Property(s => s.DeskCode).HasMaxLength(32);
    }
}

internal sealed class DossierUploadConfiguration : IEntityTypeConfiguration<DossierUpload>
{
    public void Configure(EntityTypeBuilder<DossierUpload> builder)
    {
        builder.ToTable("dossier_uploads");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Key).HasMaxLength(512);
        builder.Property(u => u.Sha256).HasMaxLength(64);
        builder.Property(u => u.ContentType).HasMaxLength(128);
        builder.Property(u => u.FileName).HasMaxLength(256);
        builder.Property(u => u.UploadedBy).HasMaxLength(256);
        builder.Property(u => u.DossierCode).HasMaxLength(DossierCode.MaxLength);
    }
}

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable("dossier_idempotency_keys");
        builder.HasKey(r => new { r.Actor, r.Key });
        builder.Property(r => r.Actor).HasMaxLength(256);
        builder.Property(r => r.Key).HasMaxLength(128);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
    }
}

internal sealed class WalletDocumentConfiguration : IEntityTypeConfiguration<WalletDocument>
{
    public void Configure(EntityTypeBuilder<WalletDocument> builder)
    {
        builder.ToTable("dossier_wallet_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.OwnerIdentifier).HasMaxLength(32);
        builder.Property(d => d.RepresentativeIdentifier).HasMaxLength(32);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Name).HasMaxLength(1000);
        builder.Property(d => d.SourceDossierCode).HasMaxLength(DossierCode.MaxLength);
        builder.Property(d => d.ProcedureCode).HasMaxLength(32);
        builder.OwnsOne(d => d.File, f => DossierConfiguration.File(f, "file_"));
        builder.Navigation(d => d.File).IsRequired();
        builder.HasIndex(d => new { d.OwnerIdentifier, d.AddedAtUtc });
        builder.HasIndex(d => d.RepresentativeIdentifier);
        // A redelivered event finds the document already there (components by number, the result once).
        builder.HasIndex(d => new { d.SourceDossierCode, d.Kind, d.ComponentNumber }).IsUnique();
    }
}

internal sealed class WalletReuseConfiguration : IEntityTypeConfiguration<WalletReuse>
{
    public void Configure(EntityTypeBuilder<WalletReuse> builder)
    {
        builder.ToTable("dossier_wallet_reuses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DossierCode).HasMaxLength(DossierCode.MaxLength);
        builder.Property(r => r.ReusedBy).HasMaxLength(256);
        builder.HasIndex(r => r.DocumentId);
        builder.HasIndex(r => new { r.DossierCode, r.ComponentNumber }).IsUnique();
    }
}

internal sealed class DossierDraftConfiguration : IEntityTypeConfiguration<DossierDraft>
{
    public void Configure(EntityTypeBuilder<DossierDraft> builder)
    {
        builder.ToTable("dossier_drafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.OwnerCitizenId).HasMaxLength(12);
        builder.Property(d => d.ProcedureCode).HasMaxLength(32);
        builder.Property(d => d.ProcedureName).HasMaxLength(1000);
        builder.HasIndex(d => new { d.OwnerCitizenId, d.UpdatedAtUtc });
    }
}
