using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SatisfactionRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "engagement_ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProcessingUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessingUnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    DeskUnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Overall = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attitude = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RatedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EditableUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_rating_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RatingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProcessingUnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ProcessingUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedOverall = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenedAttitude = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ActionTaken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_rating_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_engagement_rating_reviews_engagement_ratings_RatingId",
                        column: x => x.RatingId,
                        principalTable: "engagement_ratings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_engagement_rating_reviews_ProcessingUnitPath_AnsweredAtUtc_OpenedAtUtc",
                table: "engagement_rating_reviews",
                columns: new[] { "ProcessingUnitPath", "AnsweredAtUtc", "OpenedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_engagement_rating_reviews_RatingId",
                table: "engagement_rating_reviews",
                column: "RatingId");

            migrationBuilder.CreateIndex(
                name: "IX_engagement_ratings_CreatedAtUtc_ProcessingUnitPath",
                table: "engagement_ratings",
                columns: new[] { "CreatedAtUtc", "ProcessingUnitPath" });

            migrationBuilder.CreateIndex(
                name: "IX_engagement_ratings_DossierCode",
                table: "engagement_ratings",
                column: "DossierCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engagement_rating_reviews");

            migrationBuilder.DropTable(
                name: "engagement_ratings");
        }
    }
}
