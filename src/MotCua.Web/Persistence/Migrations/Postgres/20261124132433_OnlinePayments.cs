using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OnlinePayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_online_payments",
                columns: table => new
                {
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    AmountDong = table.Column<long>(type: "bigint", nullable: false),
                    PaidAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GatewayTransactionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Platform = table.Column<int>(type: "integer", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_online_payments", x => new { x.DossierId, x.PaymentId });
                    table.ForeignKey(
                        name: "FK_dossier_online_payments_dossier_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossier_dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payment_exemption_claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProcedureVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemNumber = table.Column<int>(type: "integer", nullable: false),
                    ClaimedBy = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_exemption_claims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProcedureName = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DeskUnitPath = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    PayerIdentifier = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PayerName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AmountDong = table.Column<long>(type: "bigint", nullable: false),
                    Platform = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SettledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SettledVia = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    GatewayTransactionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PaidAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReceiptNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_items",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ListedAmountDong = table.Column<long>(type: "bigint", nullable: false),
                    ExemptionClaimed = table.Column<bool>(type: "boolean", nullable: false),
                    Exemptions = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_items", x => new { x.PaymentId, x.Number });
                    table.ForeignKey(
                        name: "FK_payment_items_payment_payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "payment_payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payment_exemption_claims_DossierCode_ProcedureVersionId_Ite~",
                table: "payment_exemption_claims",
                columns: new[] { "DossierCode", "ProcedureVersionId", "ItemNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payment_payments_CreatedAtUtc",
                table: "payment_payments",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_payment_payments_DossierCode_CreatedAtUtc",
                table: "payment_payments",
                columns: new[] { "DossierCode", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_payments_OrderId",
                table: "payment_payments",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payment_payments_ReceiptNumber",
                table: "payment_payments",
                column: "ReceiptNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_online_payments");

            migrationBuilder.DropTable(
                name: "payment_exemption_claims");

            migrationBuilder.DropTable(
                name: "payment_items");

            migrationBuilder.DropTable(
                name: "payment_payments");
        }
    }
}
