using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndexRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_procedure_rollups");

            migrationBuilder.DropTable(
                name: "reporting_unit_rollups");
        }
    }
}
