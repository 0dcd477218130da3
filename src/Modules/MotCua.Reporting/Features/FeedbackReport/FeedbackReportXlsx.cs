using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using MotCua.Engagement.Contracts;
using MotCua.Reporting.Features.StatutoryReport;

namespace MotCua.Reporting.Features.FeedbackReport;

/// <summary>
/// The PAKN table as an XLSX workbook with Biểu 06's shell and styles (<see cref="XlsxWorkbook"/>, <see cref="XlsxSheet"/>):
/// title, unit, period, the two-level merged header in the B §4 column layout with column numbers, a row per unit and
/// the total, then the parts of 766 indicators 5.1–5.3 and the signature block.
/// </summary>
internal sealed class FeedbackReportXlsx(IStringLocalizer<FeedbackReportText> text, IStringLocalizer<StatutoryText> statutory)
{
    public static string FileName(FeedbackReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Create(CultureInfo.InvariantCulture, $"bao-cao-pakn-{report.Unit.Code}-{report.Period.From:yyyyMMdd}-{report.Period.To:yyyyMMdd}.xlsx");
    }

    public void Write(FeedbackReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        XlsxWorkbook.Write(output, text["Xlsx.Sheet"].Value, writer => new Sheet(writer, text, statutory).Write(report));
    }

    private sealed class Sheet(OpenXmlWriter writer, IStringLocalizer<FeedbackReportText> text, IStringLocalizer<StatutoryText> statutory) : XlsxSheet(writer)
    {
        private static readonly int Columns = FeedbackReportColumns.Count;

        public void Write(FeedbackReport report)
        {
            Writer.WriteStartElement(new Worksheet());
            Writer.WriteStartElement(new DocumentFormat.OpenXml.Spreadsheet.Columns());
            Writer.WriteElement(new Column { Min = 1, Max = 1, Width = 6, CustomWidth = true });
            Writer.WriteElement(new Column { Min = 2, Max = 2, Width = 36, CustomWidth = true });
            Writer.WriteElement(new Column { Min = 3, Max = (uint)Columns, Width = 11, CustomWidth = true });
            Writer.WriteEndElement();
            Writer.WriteStartElement(new SheetData());

            Merged(text["Form.Title"], Title, 1, Columns, height: 36);
            var period = report.Period;
            Merged(text["Form.Period", PeriodName(period), Day(period.From), Day(period.To)], Centered, 1, Columns);
            Merged(text["Form.Reporting", report.Unit.Name], Plain, 1, Columns);
            Merged(text["Form.AsOf", BusinessTime(report.AsOfUtc)], Italic, 1, Columns);
            Merged(text["Form.Measure"], Italic, 1, Columns);
            WriteHeader();

            var number = 0;
            foreach (var row in report.Rows)
            {
                Figures((++number).ToString(CultureInfo.InvariantCulture), row.Own ? text["Row.Own", row.UnitName].Value : row.UnitName, row.Counts, bold: false);
            }

            Figures(string.Empty, text["Row.Total"], report.Total, bold: true);
            Row(null);
            Merged(text["Indicators.Title"], Bold, 1, Columns);
            Indicator("5.1", text["Indicator.51"], report.Total.Indicator51);
            Indicator("5.2", text["Indicator.52"], report.Total.Indicator52);
            Indicator("5.3", text["Indicator.53"], report.Total.Indicator53);
            Row(null);
            Merged(text["Form.Note"], Italic, 1, Columns, height: 45);
            Row(null);
            var top = CurrentRow + 1;
            Row(null, (null, Plain), (statutory["Form.Preparer"], BoldCentered), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (statutory["Form.Head"], BoldCentered));
            Row(null, (null, Plain), (statutory["Form.SignName"], Italic), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (statutory["Form.SignSeal"], Italic));
            Merge(top, 11, top, Columns);
            Merge(top + 1, 11, top + 1, Columns);
            FinishSheet();
        }

        private void WriteHeader()
        {
            var top = CurrentRow + 1;
            Row(null,
                (text["Col.No"], Header), (text["Col.Unit"], Header),
                (text["Col.Received"], Header), (null, Header), (null, Header),
                (text["Col.Classification"], Header), (null, Header),
                (text["Col.Handled"], Header), (null, Header), (null, Header),
                (text["Col.InProgress"], Header), (null, Header), (null, Header),
                (text["Col.Published"], Header),
                (text["Col.Satisfaction"], Header), (null, Header));
            Row(null,
                (null, Header), (null, Header),
                (text["Col.Total"], Header), (text["Col.Carried"], Header), (text["Col.New"], Header),
                (text["Col.Regulation"], Header), (text["Col.Conduct"], Header),
                (text["Col.Total"], Header), (text["Col.OnTime"], Header), (text["Col.Late"], Header),
                (text["Col.Total"], Header), (text["Col.Within"], Header), (text["Col.Overdue"], Header),
                (null, Header),
                (text["Col.Satisfied"], Header), (text["Col.Unsatisfied"], Header));
            Row(null, [.. Enumerable.Range(1, Columns).Select(i => ((string?)$"({i})", Centered))]);
            Merge(top, 1, top + 1, 1);
            Merge(top, 2, top + 1, 2);
            Merge(top, 3, top, 5);
            Merge(top, 6, top, 7);
            Merge(top, 8, top, 10);
            Merge(top, 11, top, 13);
            Merge(top, 14, top + 1, 14);
            Merge(top, 15, top, 16);
        }

        private void Figures(string number, string label, FeedbackCounts counts, bool bold)
        {
            Writer.WriteStartElement(new Row { RowIndex = NextRow() });
            TextCell(1, number, bold ? BoldCentered : Centered);
            TextCell(2, label, bold ? BoldCell : Cell);
            var column = 3;
            foreach (var key in FeedbackReportColumns.Keys)
            {
                NumberCell(column++, counts.Of(key), bold ? BoldNumber : Number);
            }

            Writer.WriteEndElement();
        }

        private void Indicator(string id, string name, FeedbackRatio ratio)
        {
            var percent = ratio.Denominator == 0 ? "—" : (100m * ratio.Numerator / ratio.Denominator).ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")) + "%";
            Writer.WriteStartElement(new Row { RowIndex = NextRow() });
            TextCell(1, id, Centered);
            TextCell(2, name, Cell);
            NumberCell(3, ratio.Numerator, Number);
            NumberCell(4, ratio.Denominator, Number);
            TextCell(5, percent, Cell);
            Writer.WriteEndElement();
        }

        private string PeriodName(Domain.Periods.ReportPeriod period) =>
            period.Year is { } year
                ? statutory["Kind.WithYear", statutory["Kind." + period.Kind].Value, year.ToString(CultureInfo.InvariantCulture)]
                : statutory["Kind.Custom"];

        private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        private static string BusinessTime(DateTime utc) =>
            Kernel.Time.BusinessClock.ToLocal(utc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
    }
}
