using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitOfficeHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "AfternoonEnd",
                table: "admin_units",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "AfternoonStart",
                table: "admin_units",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "CutOff",
                table: "admin_units",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "MorningEnd",
                table: "admin_units",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "MorningStart",
                table: "admin_units",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AfternoonEnd",
                table: "admin_units");

            migrationBuilder.DropColumn(
                name: "AfternoonStart",
                table: "admin_units");

            migrationBuilder.DropColumn(
                name: "CutOff",
                table: "admin_units");

            migrationBuilder.DropColumn(
                name: "MorningEnd",
                table: "admin_units");

            migrationBuilder.DropColumn(
                name: "MorningStart",
                table: "admin_units");
        }
    }
}
