using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using MotCua.Kernel.Persistence;

namespace MotCua.Engagement.Features.Satisfaction.Persistence;

internal sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> builder)
    {
        builder.ToTable("engagement_ratings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        // One rating per dossier (DOMAIN A8): two first ratings at once collide here, not in the data.
        builder.Property(r => r.DossierCode).HasMaxLength(64);
        builder.HasIndex(r => r.DossierCode).IsUnique();
        builder.Property(r => r.ProcedureCode).HasMaxLength(32);
        builder.Property(r => r.ProcessingUnitPath).HasMaxLength(512).IsMaterializedPath();
        builder.Property(r => r.DeskUnitPath).HasMaxLength(512);
        builder.Property(r => r.Overall).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Attitude).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Comment).HasMaxLength(Rating.CommentMaxLength);
        builder.Property(r => r.RatedBy).HasMaxLength(300);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.NeedsReview);
        // The summary: ratings of a period, grouped by unit, within a path prefix.
        builder.HasIndex(r => new { r.CreatedAtUtc, r.ProcessingUnitPath });
    }
}

internal sealed class RatingReviewConfiguration : IEntityTypeConfiguration<RatingReview>
{
    public void Configure(EntityTypeBuilder<RatingReview> builder)
    {
        builder.ToTable("engagement_rating_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DossierCode).HasMaxLength(64);
        builder.Property(r => r.ProcessingUnitPath).HasMaxLength(512).IsMaterializedPath();
        builder.Property(r => r.OpenedOverall).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.OpenedAttitude).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Findings).HasMaxLength(RatingReview.TextMaxLength);
        builder.Property(r => r.ActionTaken).HasMaxLength(RatingReview.TextMaxLength);
        builder.Property(r => r.AnsweredBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
        builder.HasOne<Rating>().WithMany().HasForeignKey(r => r.RatingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.RatingId);
        // The leader's list: open (or answered) reviews under a path, oldest first.
        builder.HasIndex(r => new { r.ProcessingUnitPath, r.AnsweredAtUtc, r.OpenedAtUtc });
    }
}
