using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FeedbackAndIndexRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "engagement_feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PetitionerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PetitionerPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PetitionerAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PetitionerEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    PetitionerIdentityNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CitizenId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CountFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RefuseDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SupplementRequestDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResultDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstSupplementRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SupplementRequest = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    HandledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandledLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PublishDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Transfers = table.Column<int>(type: "INTEGER", nullable: false),
                    ReRaisesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReRaised = table.Column<bool>(type: "INTEGER", nullable: false),
                    Likes = table.Column<int>(type: "INTEGER", nullable: false),
                    Dislikes = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_procedure_rollups",
                columns: table => new
                {
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Grain = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Counter = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_procedure_rollups", x => new { x.UnitPath, x.Grain, x.Start, x.ProcedureCode, x.Counter });
                });

            migrationBuilder.CreateTable(
                name: "reporting_unit_rollups",
                columns: table => new
                {
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Grain = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Counter = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_unit_rollups", x => new { x.UnitPath, x.Grain, x.Start, x.Counter });
                });

            migrationBuilder.CreateTable(
                name: "engagement_feedback_votes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeedbackCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Voter = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Like = table.Column<bool>(type: "INTEGER", nullable: false),
                    VotedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_feedback_votes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_engagement_feedback_votes_engagement_feedback_FeedbackCaseId",
                        column: x => x.FeedbackCaseId,
                        principalTable: "engagement_feedback",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_engagement_feedback_CitizenId_SubmittedAtUtc",
                table: "engagement_feedback",
                columns: new[] { "CitizenId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_engagement_feedback_Code",
                table: "engagement_feedback",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_engagement_feedback_State_PublishedAtUtc",
                table: "engagement_feedback",
                columns: new[] { "State", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_engagement_feedback_UnitPath_SubmittedOn",
                table: "engagement_feedback",
                columns: new[] { "UnitPath", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_engagement_feedback_votes_FeedbackCaseId_Voter",
                table: "engagement_feedback_votes",
                columns: new[] { "FeedbackCaseId", "Voter" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engagement_feedback_votes");

            migrationBuilder.DropTable(
                name: "reporting_procedure_rollups");

            migrationBuilder.DropTable(
                name: "reporting_unit_rollups");

            migrationBuilder.DropTable(
                name: "engagement_feedback");
        }
    }
}
