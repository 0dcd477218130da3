using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MotCua.Dossiers.Domain;

namespace MotCua.Dossiers.Features;

/// <summary>
/// Issues dossier codes from the (desk, day) sequence with one upsert that returns the new number. It runs in the
/// transaction that inserts the dossier: concurrent intakes queue on the sequence row (PostgreSQL row lock, SQLite
/// write lock), and a rolled-back intake gives its number back, so the daily numbers stay gap-free across instances
/// (DOMAIN A5). Needs SQLite ≥ 3.35 or PostgreSQL ≥ 9.5 for ON CONFLICT … RETURNING.
/// </summary>
internal sealed class DossierCodes(DbContext db)
{
    private const string Upsert = """
        INSERT INTO dossier_code_sequences ("DeskCode", "Day", "LastNumber") VALUES (@desk, @day, 1)
        ON CONFLICT ("DeskCode", "Day") DO UPDATE SET "LastNumber" = dossier_code_sequences."LastNumber" + 1
        RETURNING "LastNumber"
        """;

    public async Task<string> NextAsync(string deskCode, DateOnly receiptDay, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A dossier code is issued only inside the transaction that inserts the dossier.");
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Upsert;
        Add(command, "@desk", deskCode);
        Add(command, "@day", receiptDay);
        var number = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return DossierCode.Format(deskCode, receiptDay, number);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
