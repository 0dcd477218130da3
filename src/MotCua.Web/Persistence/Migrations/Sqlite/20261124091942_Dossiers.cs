using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Dossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_code_sequences",
                columns: table => new
                {
                    DeskCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_code_sequences", x => new { x.DeskCode, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "dossier_dossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeskCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DeskName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeskUnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ProcessingUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessingUnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ProcedureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureVersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProcedureName = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeLimitAmount = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    TimeLimitUnit = table.Column<int>(type: "INTEGER", nullable: false),
                    applicant_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    applicant_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    applicant_identifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    applicant_address = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    applicant_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    applicant_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    representative_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    representative_identifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    representative_address = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    representative_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    representative_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    representative_authorisation = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApplicantSearch = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LegalDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    apology_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    apology_new_appointment = table.Column<DateTime>(type: "TEXT", nullable: true),
                    apology_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    apology_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    InboxDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessingEndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Timeliness = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LateBySecondSupplement = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefusalReasons = table.Column<string>(type: "TEXT", nullable: false),
                    StopReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Plan = table.Column<string>(type: "TEXT", nullable: false),
                    CurrentStepUnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    CurrentAssignee = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    result_document_number = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    result_file_key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    result_file_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    result_file_size = table.Column<long>(type: "INTEGER", nullable: true),
                    result_file_content_type = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    result_file_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    result_ready_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    result_method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    result_received_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    result_returned_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_dossiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dossier_idempotency_keys",
                columns: table => new
                {
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_idempotency_keys", x => new { x.Actor, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "dossier_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_uploads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dossier_components",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Originals = table.Column<int>(type: "INTEGER", nullable: false),
                    Copies = table.Column<int>(type: "INTEGER", nullable: false),
                    file_key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    file_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    file_size = table.Column<long>(type: "INTEGER", nullable: true),
                    file_content_type = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_components", x => new { x.DossierId, x.Number });
                    table.ForeignKey(
                        name: "FK_dossier_components_dossier_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossier_dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_history",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_history", x => new { x.DossierId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_dossier_history_dossier_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossier_dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_pauses",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AmountDong = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_pauses", x => new { x.DossierId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_dossier_pauses_dossier_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossier_dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_steps",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtOtherAgency = table.Column<bool>(type: "INTEGER", nullable: false),
                    Assignee = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Judgement = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_steps", x => new { x.DossierId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_dossier_steps_dossier_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossier_dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_supplements",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Items = table.Column<string>(type: "TEXT", nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_supplements", x => new { x.DossierId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_dossier_supplements_dossier_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossier_dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dossier_dossiers_applicant_identifier",
                table: "dossier_dossiers",
                column: "applicant_identifier");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_dossiers_applicant_phone",
                table: "dossier_dossiers",
                column: "applicant_phone");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_dossiers_ApplicantSearch",
                table: "dossier_dossiers",
                column: "ApplicantSearch");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_dossiers_Code",
                table: "dossier_dossiers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_dossiers_CurrentAssignee",
                table: "dossier_dossiers",
                column: "CurrentAssignee");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_dossiers_CurrentStepUnitPath",
                table: "dossier_dossiers",
                column: "CurrentStepUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_dossiers_DeskUnitPath",
                table: "dossier_dossiers",
                column: "DeskUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_dossiers_InboxDueAtUtc_Code",
                table: "dossier_dossiers",
                columns: new[] { "InboxDueAtUtc", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_dossier_dossiers_ProcessingUnitPath",
                table: "dossier_dossiers",
                column: "ProcessingUnitPath");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_dossiers_Status_InboxDueAtUtc",
                table: "dossier_dossiers",
                columns: new[] { "Status", "InboxDueAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_code_sequences");

            migrationBuilder.DropTable(
                name: "dossier_components");

            migrationBuilder.DropTable(
                name: "dossier_history");

            migrationBuilder.DropTable(
                name: "dossier_idempotency_keys");

            migrationBuilder.DropTable(
                name: "dossier_pauses");

            migrationBuilder.DropTable(
                name: "dossier_steps");

            migrationBuilder.DropTable(
                name: "dossier_supplements");

            migrationBuilder.DropTable(
                name: "dossier_uploads");

            migrationBuilder.DropTable(
                name: "dossier_dossiers");
        }
    }
}
