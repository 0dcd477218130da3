using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "admin_roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admin_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_admin_units_admin_units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "admin_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "catalog_fields",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_fields", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "catalog_internal_processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Steps = table.Column<string>(type: "TEXT", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_internal_processes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetirementDecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_procedures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kernel_audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kernel_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "admin_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_admin_role_claims_admin_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "admin_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "admin_desks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_desks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_admin_desks_admin_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "admin_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "admin_staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_admin_staff_admin_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "admin_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "catalog_procedure_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FieldCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ImplementingUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Levels = table.Column<int>(type: "INTEGER", nullable: false),
                    OnlineLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    decision_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    decision_signed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decision_signer = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    decision_effective_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_procedure_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_procedure_versions_catalog_procedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "catalog_procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "admin_staff_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_staff_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_admin_staff_claims_admin_staff_UserId",
                        column: x => x.UserId,
                        principalTable: "admin_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "admin_staff_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_staff_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_admin_staff_logins_admin_staff_UserId",
                        column: x => x.UserId,
                        principalTable: "admin_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "admin_staff_roles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_staff_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_admin_staff_roles_admin_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "admin_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_admin_staff_roles_admin_staff_UserId",
                        column: x => x.UserId,
                        principalTable: "admin_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "admin_staff_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_staff_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_admin_staff_tokens_admin_staff_UserId",
                        column: x => x.UserId,
                        principalTable: "admin_staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_admin_desks_Code",
                table: "admin_desks",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admin_desks_UnitId",
                table: "admin_desks",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_admin_role_claims_RoleId",
                table: "admin_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "admin_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "admin_staff",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_admin_staff_SearchName_NormalizedEmail",
                table: "admin_staff",
                columns: new[] { "SearchName", "NormalizedEmail" });

            migrationBuilder.CreateIndex(
                name: "IX_admin_staff_UnitId",
                table: "admin_staff",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "admin_staff",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admin_staff_claims_UserId",
                table: "admin_staff_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_admin_staff_logins_UserId",
                table: "admin_staff_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_admin_staff_roles_RoleId",
                table: "admin_staff_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_admin_units_Code",
                table: "admin_units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_admin_units_ParentId",
                table: "admin_units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_admin_units_Path",
                table: "admin_units",
                column: "Path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_internal_processes_ProcedureId_AgencyUnitId",
                table: "catalog_internal_processes",
                columns: new[] { "ProcedureId", "AgencyUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_procedure_versions_FieldCode",
                table: "catalog_procedure_versions",
                column: "FieldCode");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_procedure_versions_Name",
                table: "catalog_procedure_versions",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_procedure_versions_ProcedureId_Number",
                table: "catalog_procedure_versions",
                columns: new[] { "ProcedureId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_procedure_versions_Status_ImplementingUnitId",
                table: "catalog_procedure_versions",
                columns: new[] { "Status", "ImplementingUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_procedures_Code",
                table: "catalog_procedures",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kernel_audit_entries_EntityType_EntityId_Id",
                table: "kernel_audit_entries",
                columns: new[] { "EntityType", "EntityId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "admin_desks");

            migrationBuilder.DropTable(
                name: "admin_role_claims");

            migrationBuilder.DropTable(
                name: "admin_staff_claims");

            migrationBuilder.DropTable(
                name: "admin_staff_logins");

            migrationBuilder.DropTable(
                name: "admin_staff_roles");

            migrationBuilder.DropTable(
                name: "admin_staff_tokens");

            migrationBuilder.DropTable(
                name: "catalog_fields");

            migrationBuilder.DropTable(
                name: "catalog_internal_processes");

            migrationBuilder.DropTable(
                name: "catalog_procedure_versions");

            migrationBuilder.DropTable(
                name: "kernel_audit_entries");

            migrationBuilder.DropTable(
                name: "admin_roles");

            migrationBuilder.DropTable(
                name: "admin_staff");

            migrationBuilder.DropTable(
                name: "catalog_procedures");

            migrationBuilder.DropTable(
                name: "admin_units");
        }
    }
}
