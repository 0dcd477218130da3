using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using MotCua.Kernel.Time;

namespace MotCua.Reporting.Features.DrillDown;

/// <summary>
/// Writes the list behind a figure as CSV for a spreadsheet: UTF-8 with a byte-order mark (without it Excel misreads
/// Vietnamese), the page's Vietnamese headers, local times. Rows are written as they are read and flushed every
/// thousand, so the download starts at once and memory does not grow with the list.
/// </summary>
internal static class DrillDownCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private const int FlushEvery = 1000;

    public static string FileName(DrillDownExport export) =>
        $"ho-so_{export.Measure}_{export.From:yyyyMMdd}-{export.To:yyyyMMdd}.csv";

    public static async Task<int> WriteAsync(Stream output, DrillDownExport export, IStringLocalizer<ReportingText> text, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(Line(
                text["DrillDown.Code"], text["DrillDown.Procedure"], text["DrillDown.Field"], text["DrillDown.Channel"], text["DrillDown.Received"],
                text["DrillDown.Due"], text["DrillDown.Ended"], text["DrillDown.Status"], text["DrillDown.Officer"]));
            var count = 0;
            await foreach (var row in export.Rows.WithCancellation(cancellationToken))
            {
                var status = text["Outcome." + row.Outcome].Value + (row.Timeliness is { } t ? " · " + text["Timeliness." + t].Value : "");
                await writer.WriteLineAsync(Line(
                    row.Code, row.ProcedureCode, row.FieldCode, text["Channel." + row.Channel.ToString(CultureInfo.InvariantCulture)],
                    Local(row.ReceivedAtUtc), Local(row.DueAtUtc), Local(row.EndedAtUtc), status, row.HandlingOfficer ?? ""));
                if (++count % FlushEvery == 0)
                {
                    await writer.FlushAsync(cancellationToken);
                }
            }

            return count;
        }
    }

    private static string Local(DateTime? utc) =>
        utc is { } u ? BusinessClock.ToLocal(u).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "";

    private static string Line(params string[] cells) => string.Join(',', cells.Select(Cell));

    /// <summary>RFC 4180 quoting; a cell a spreadsheet would take for a formula is prefixed with an apostrophe.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
