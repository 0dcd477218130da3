using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_engagement_notifications_DossierCode_EventKey_Channel",
                table: "engagement_notifications",
                columns: new[] { "DossierCode", "EventKey", "Channel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "engagement_notification_preferences");

            migrationBuilder.DropTable(
                name: "engagement_notifications");
        }
    }
}
