using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OnlineServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "dossier_dossiers",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalSource",
                table: "dossier_dossiers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IdentityVerifiedWithVneid",
                table: "dossier_dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "WalletDocumentId",
                table: "dossier_components",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dossier_drafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerCitizenId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProcedureName = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FormJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_drafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dossier_online_payments",
                columns: table => new
                {
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountDong = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GatewayTransactionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Platform = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "dossier_wallet_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerIdentifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RepresentativeIdentifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    file_key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    file_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    file_size = table.Column<long>(type: "INTEGER", nullable: false),
                    file_content_type = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SourceDossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComponentNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_wallet_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dossier_wallet_reuses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComponentNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ReusedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReusedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_wallet_reuses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_notification_preferences",
                columns: table => new
                {
                    CitizenId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SmsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmailEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_notification_preferences", x => x.CitizenId);
                });

            migrationBuilder.CreateTable(
                name: "engagement_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EventKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Html = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProviderMessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_notifications", x => x.Id);
                });

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
                name: "integration_portal_sync",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PortalDossierId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedOnPortalAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    LastStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    LastSyncedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LastErrorAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integration_portal_sync", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "integration_system_clients",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SecretHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SecretExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integration_system_clients", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "payment_exemption_claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProcedureVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_exemption_claims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProcedureName = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DeskUnitPath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    PayerIdentifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PayerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AmountDong = table.Column<long>(type: "INTEGER", nullable: false),
                    Platform = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SettledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SettledVia = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    GatewayTransactionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PaidAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_payments", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "payment_items",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ListedAmountDong = table.Column<long>(type: "INTEGER", nullable: false),
                    ExemptionClaimed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Exemptions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                name: "IX_dossier_dossiers_ExternalSource_ExternalId",
                table: "dossier_dossiers",
                columns: new[] { "ExternalSource", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_drafts_OwnerCitizenId_UpdatedAtUtc",
                table: "dossier_drafts",
                columns: new[] { "OwnerCitizenId", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_dossier_wallet_documents_OwnerIdentifier_AddedAtUtc",
                table: "dossier_wallet_documents",
                columns: new[] { "OwnerIdentifier", "AddedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_dossier_wallet_documents_RepresentativeIdentifier",
                table: "dossier_wallet_documents",
                column: "RepresentativeIdentifier");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_wallet_documents_SourceDossierCode_Kind_ComponentNumber",
                table: "dossier_wallet_documents",
                columns: new[] { "SourceDossierCode", "Kind", "ComponentNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_wallet_reuses_DocumentId",
                table: "dossier_wallet_reuses",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_wallet_reuses_DossierCode_ComponentNumber",
                table: "dossier_wallet_reuses",
                columns: new[] { "DossierCode", "ComponentNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_engagement_notifications_DossierCode_EventKey_Channel",
                table: "engagement_notifications",
                columns: new[] { "DossierCode", "EventKey", "Channel" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_integration_portal_sync_PortalDossierId",
                table: "integration_portal_sync",
                column: "PortalDossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payment_exemption_claims_DossierCode_ProcedureVersionId_ItemNumber",
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
                name: "dossier_drafts");

            migrationBuilder.DropTable(
                name: "dossier_online_payments");

            migrationBuilder.DropTable(
                name: "dossier_wallet_documents");

            migrationBuilder.DropTable(
                name: "dossier_wallet_reuses");

            migrationBuilder.DropTable(
                name: "engagement_notification_preferences");

            migrationBuilder.DropTable(
                name: "engagement_notifications");

            migrationBuilder.DropTable(
                name: "engagement_rating_reviews");

            migrationBuilder.DropTable(
                name: "integration_portal_sync");

            migrationBuilder.DropTable(
                name: "integration_system_clients");

            migrationBuilder.DropTable(
                name: "payment_exemption_claims");

            migrationBuilder.DropTable(
                name: "payment_items");

            migrationBuilder.DropTable(
                name: "engagement_ratings");

            migrationBuilder.DropTable(
                name: "payment_payments");

            migrationBuilder.DropIndex(
                name: "IX_dossier_dossiers_ExternalSource_ExternalId",
                table: "dossier_dossiers");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "dossier_dossiers");

            migrationBuilder.DropColumn(
                name: "ExternalSource",
                table: "dossier_dossiers");

            migrationBuilder.DropColumn(
                name: "IdentityVerifiedWithVneid",
                table: "dossier_dossiers");

            migrationBuilder.DropColumn(
                name: "WalletDocumentId",
                table: "dossier_components");
        }
    }
}
