using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OnlineIntakeAndWallet : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_dossier_dossiers_ExternalSource_ExternalId",
                table: "dossier_dossiers",
                columns: new[] { "ExternalSource", "ExternalId" },
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_wallet_documents");

            migrationBuilder.DropTable(
                name: "dossier_wallet_reuses");

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
