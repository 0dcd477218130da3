using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FeedbackAndIndexRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "ProcessingUnitPath",
                table: "engagement_ratings",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512);

            migrationBuilder.AlterColumn<string>(
                name: "ProcessingUnitPath",
                table: "engagement_rating_reviews",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512);

            migrationBuilder.AlterColumn<string>(
                name: "ProcessingUnitPath",
                table: "dossier_dossiers",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512);

            migrationBuilder.AlterColumn<string>(
                name: "DeskUnitPath",
                table: "dossier_dossiers",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512);

            migrationBuilder.AlterColumn<string>(
                name: "CurrentStepUnitPath",
                table: "dossier_dossiers",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Path",
                table: "admin_units",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512);

            migrationBuilder.CreateTable(
                name: "engagement_feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitPath = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    UnitName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PetitionerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PetitionerPhone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PetitionerAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PetitionerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    PetitionerIdentityNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    CitizenId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Classification = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CountFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    RefuseDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SupplementRequestDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResultDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FirstSupplementRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SupplementRequest = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    HandledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HandledLate = table.Column<bool>(type: "boolean", nullable: false),
                    Result = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PublishDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Transfers = table.Column<int>(type: "integer", nullable: false),
                    ReRaisesId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReRaised = table.Column<bool>(type: "boolean", nullable: false),
                    Likes = table.Column<int>(type: "integer", nullable: false),
                    Dislikes = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_procedure_rollups",
                columns: table => new
                {
                    UnitPath = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    Grain = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    Counter = table.Column<int>(type: "integer", nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_procedure_rollups", x => new { x.UnitPath, x.Grain, x.Start, x.ProcedureCode, x.Counter });
                });

            migrationBuilder.CreateTable(
                name: "reporting_unit_rollups",
                columns: table => new
                {
                    UnitPath = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    Grain = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    Counter = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_unit_rollups", x => new { x.UnitPath, x.Grain, x.Start, x.Counter });
                });

            migrationBuilder.CreateTable(
                name: "engagement_feedback_votes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FeedbackCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Voter = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Like = table.Column<bool>(type: "boolean", nullable: false),
                    VotedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.AlterColumn<string>(
                name: "ProcessingUnitPath",
                table: "engagement_ratings",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "ProcessingUnitPath",
                table: "engagement_rating_reviews",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "ProcessingUnitPath",
                table: "dossier_dossiers",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "DeskUnitPath",
                table: "dossier_dossiers",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "CurrentStepUnitPath",
                table: "dossier_dossiers",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Path",
                table: "admin_units",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512,
                oldCollation: "C");
        }
    }
}
