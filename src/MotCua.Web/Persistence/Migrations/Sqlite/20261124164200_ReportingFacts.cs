using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportingFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_dossier_facts",
                columns: table => new
                {
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProcessingUnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ProcessingUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeskUnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ProcedureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FieldCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    NationalStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Timeliness = table.Column<int>(type: "INTEGER", nullable: true),
                    LateBySecondSupplement = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupplementRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    AwaitingSupplementSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProcessingWorkingDays = table.Column<double>(type: "REAL", nullable: true),
                    HandlingOfficer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FeeBearing = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnlinePaymentPlatform = table.Column<int>(type: "INTEGER", nullable: true),
                    ResultIsDocument = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasElectronicResult = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComponentsDigitized = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReusedDigitizedData = table.Column<bool>(type: "INTEGER", nullable: false),
                    TakenFromWallet = table.Column<bool>(type: "INTEGER", nullable: false),
                    VneidVerified = table.Column<bool>(type: "INTEGER", nullable: false),
                    SyncedToNationalPortal = table.Column<bool>(type: "INTEGER", nullable: false),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_dossier_facts", x => x.DossierId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_dossier_facts_Code",
                table: "reporting_dossier_facts",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_dossier_facts_Outcome_DueAtUtc",
                table: "reporting_dossier_facts",
                columns: new[] { "Outcome", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_dossier_facts_ProcedureCode_ReceivedOn",
                table: "reporting_dossier_facts",
                columns: new[] { "ProcedureCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_dossier_facts_ProcessingUnitPath_EndedOn",
                table: "reporting_dossier_facts",
                columns: new[] { "ProcessingUnitPath", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_dossier_facts_ProcessingUnitPath_ReceivedOn",
                table: "reporting_dossier_facts",
                columns: new[] { "ProcessingUnitPath", "ReceivedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_dossier_facts");
        }
    }
}
