using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Kernel.Persistence;

namespace MotCua.Engagement.Features.Feedback.Persistence;

internal sealed class FeedbackCaseConfiguration : IEntityTypeConfiguration<FeedbackCase>
{
    public void Configure(EntityTypeBuilder<FeedbackCase> builder)
    {
        builder.ToTable("engagement_feedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Code).HasMaxLength(FeedbackCase.MaxCodeLength);
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.UnitPath).HasMaxLength(512).IsMaterializedPath();
        builder.Property(f => f.UnitName).HasMaxLength(300);
        builder.Property(f => f.ProcedureCode).HasMaxLength(32);
        builder.Property(f => f.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Classification).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(24);
        builder.Property(f => f.PetitionerName).HasMaxLength(FeedbackCase.NameMaxLength);
        builder.Property(f => f.PetitionerPhone).HasMaxLength(32);
        builder.Property(f => f.PetitionerAddress).HasMaxLength(500);
        builder.Property(f => f.PetitionerEmail).HasMaxLength(254);
        builder.Property(f => f.PetitionerIdentityNumber).HasMaxLength(12);
        builder.Property(f => f.CitizenId).HasMaxLength(32);
        builder.Property(f => f.Subject).HasMaxLength(FeedbackCase.SubjectMaxLength);
        builder.Property(f => f.Content).HasMaxLength(FeedbackCase.ContentMaxLength);
        builder.Property(f => f.SupplementRequest).HasMaxLength(2 * FeedbackCase.TextMaxLength);
        builder.Property(f => f.Result).HasMaxLength(FeedbackCase.TextMaxLength);
        builder.Property(f => f.Reason).HasMaxLength(FeedbackCase.TextMaxLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.PublishedLate);
        builder.Ignore(f => f.RatedUnsatisfied);

        // The register and the figures: a unit subtree, by submission day.
        builder.HasIndex(f => new { f.UnitPath, f.SubmittedOn });
        // Follow my PAKN.
        builder.HasIndex(f => new { f.CitizenId, f.SubmittedAtUtc });
        // The public list of published answers, newest first.
        builder.HasIndex(f => new { f.State, f.PublishedAtUtc });
    }
}

internal sealed class FeedbackVoteConfiguration : IEntityTypeConfiguration<FeedbackVote>
{
    public void Configure(EntityTypeBuilder<FeedbackVote> builder)
    {
        builder.ToTable("engagement_feedback_votes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Voter).HasMaxLength(64);
        builder.HasOne<FeedbackCase>().WithMany().HasForeignKey(v => v.FeedbackCaseId).OnDelete(DeleteBehavior.Cascade);
        // One like or dislike per citizen account or browser (indicator 5.3).
        builder.HasIndex(v => new { v.FeedbackCaseId, v.Voter }).IsUnique();
    }
}
