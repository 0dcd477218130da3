using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using MotCua.Kernel.Calendar;

namespace MotCua.Reporting.Features.StatutoryReport;

/// <summary>
/// Biểu 06 as an XLSX workbook in the form's layout: form number, title, reporting unit, period and due date, the
/// three-level merged header with the column numbers, rows by level and field with subtotals, warning rows, the notes
/// and the signature block. Written with <see cref="OpenXmlWriter"/> (SAX): rows go to the package as they are produced,
/// strings are inline (no shared-string table), so memory does not grow with the number of rows.
/// </summary>
internal sealed class B06Xlsx(IStringLocalizer<StatutoryText> text)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>STT, field, then the thirteen figures.</summary>
    public const int ColumnCount = 15;

    public static string FileName(B06Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Create(CultureInfo.InvariantCulture, $"bieu-06-{report.Unit.Code}-{report.Period.From:yyyyMMdd}-{report.Period.To:yyyyMMdd}.xlsx");
    }

    /// <summary>Writes the workbook to <paramref name="output"/>, reporting each row written through <paramref name="progress"/>.</summary>
    public void Write(B06Report report, Stream output, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        XlsxWorkbook.Write(output, text["Xlsx.Sheet"].Value, writer => new SheetWriter(writer, text).Write(report, progress));
    }

    /// <summary>One pass over the report: rows are numbered as written; merged ranges are listed after the data, as the schema orders them.</summary>
    private sealed class SheetWriter(OpenXmlWriter writer, IStringLocalizer<StatutoryText> text) : XlsxSheet(writer)
    {
        private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

        public void Write(B06Report report, IProgress<int>? progress)
        {
            Writer.WriteStartElement(new Worksheet());
            Writer.WriteStartElement(new Columns());
            Writer.WriteElement(new Column { Min = 1, Max = 1, Width = 6, CustomWidth = true });
            Writer.WriteElement(new Column { Min = 2, Max = 2, Width = 38, CustomWidth = true });
            Writer.WriteElement(new Column { Min = 3, Max = ColumnCount, Width = 11, CustomWidth = true });
            Writer.WriteEndElement();
            Writer.WriteStartElement(new SheetData());

            WriteTitle(report);
            WriteHeader();
            var written = 0;
            var level = 0;
            var number = 0;
            foreach (var group in report.Groups)
            {
                LevelRow(ToRoman(++level), LevelName(group.Level));
                foreach (var row in group.Rows)
                {
                    Figures(number: (++number).ToString(CultureInfo.InvariantCulture), row.FieldName, row.Figures, bold: false);
                    WarnIfBroken(row.Broken);
                    progress?.Report(++written);
                }

                Figures(string.Empty, text["Row.LevelTotal", LevelName(group.Level)], group.Total, bold: true);
                WarnIfBroken(group.Broken);
            }

            if (report.Groups.Count == 0)
            {
                Merged(text["Row.Empty"], Cell, 1, ColumnCount);
            }

            Figures(string.Empty, text["Row.GrandTotal"], report.Total, bold: true);
            WarnIfBroken(report.Broken);
            WriteFooter();

            FinishSheet();
        }

        private void WriteTitle(B06Report report)
        {
            Merged(text["Form.Code"], Bold, 1, 4);
            Merged(text["Form.Title"], Title, 1, ColumnCount, height: 36);
            var period = report.Period;
            Merged(text["Form.Period", PeriodName(period), Day(period.From), Day(period.To)], Centered, 1, ColumnCount);
            if (period.Due is { } due)
            {
                var moved = period.DueMoved ? " " + text["Form.DueMoved", Day(period.NominalDue!.Value)] : string.Empty;
                Merged(text["Form.Due", Day(due)] + moved, Italic, 1, ColumnCount);
            }

            Merged(text["Form.Reporting", report.Unit.Name], Plain, 1, ColumnCount);
            Merged(text["Form.Receiving"], Plain, 1, ColumnCount);
            Merged(text["Form.AsOf", BusinessTime(report.AsOfUtc)], Italic, 1, ColumnCount);
            Merged(text["Form.Measure"], Italic, 1, ColumnCount);
        }

        private void WriteHeader()
        {
            var top = CurrentRow + 1;

            // Three header rows: groups, then "Tổng số" / "Trong đó", then the detailed columns (B §4).
            Row(null, (text["Col.No"], Header), (text["Col.Field"], Header), (text["Col.Received"], Header), (null, Header), (null, Header), (null, Header),
                (text["Col.Resolved"], Header), (null, Header), (null, Header), (null, Header), (text["Col.InProgress"], Header), (null, Header), (null, Header),
                (text["Col.Local"], Header), (null, Header));
            Row(null, (null, Header), (null, Header), (text["Col.Total"], Header), (text["Col.Of"], Header), (null, Header), (null, Header),
                (text["Col.Total"], Header), (text["Col.Of"], Header), (null, Header), (null, Header), (text["Col.Total"], Header), (text["Col.Of"], Header), (null, Header),
                (text["Col.Withdrawn"], Header), (text["Col.Stopped"], Header));
            Row(null, (null, Header), (null, Header), (null, Header), (text["Col.Online"], Header), (text["Col.Direct"], Header), (text["Col.Carried"], Header),
                (null, Header), (text["Col.Early"], Header), (text["Col.OnTime"], Header), (text["Col.Late"], Header), (null, Header), (text["Col.Within"], Header), (text["Col.Overdue"], Header),
                (null, Header), (null, Header));
            Row(null, [.. Enumerable.Range(1, ColumnCount).Select(i => ((string?)$"({i})", Centered))]);

            Merge(top, 1, top + 2, 1);
            Merge(top, 2, top + 2, 2);
            Merge(top, 3, top, 6);
            Merge(top + 1, 3, top + 2, 3);
            Merge(top + 1, 4, top + 1, 6);
            Merge(top, 7, top, 10);
            Merge(top + 1, 7, top + 2, 7);
            Merge(top + 1, 8, top + 1, 10);
            Merge(top, 11, top, 13);
            Merge(top + 1, 11, top + 2, 11);
            Merge(top + 1, 12, top + 1, 13);
            Merge(top, 14, top, 15);
            Merge(top + 1, 14, top + 2, 14);
            Merge(top + 1, 15, top + 2, 15);
        }

        private void WriteFooter()
        {
            Row(null);
            Merged(text["Form.LocalNote"], Italic, 1, ColumnCount, height: 30);
            Row(null);
            Merged(text["Form.Place"], Italic, 11, ColumnCount);
            var top = CurrentRow + 1;
            Row(null, (null, Plain), (text["Form.Preparer"], BoldCentered), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (text["Form.Head"], BoldCentered));
            Row(null, (null, Plain), (text["Form.SignName"], Italic), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (null, Plain), (text["Form.SignSeal"], Italic));
            Merge(top, 11, top, ColumnCount);
            Merge(top + 1, 11, top + 1, ColumnCount);
        }

        private void Figures(string number, string label, B06Figures figures, bool bold)
        {
            Writer.WriteStartElement(new Row { RowIndex = NextRow() });
            TextCell(1, number, bold ? BoldCentered : Centered);
            TextCell(2, label, bold ? BoldCell : Cell);
            var column = 3;
            foreach (var c in B06Figures.Columns)
            {
                Writer.WriteElement(new Cell
                {
                    CellReference = Reference(CurrentRow, column++),
                    DataType = CellValues.Number,
                    StyleIndex = bold ? BoldNumber : Number,
                    CellValue = new CellValue(figures[c].ToString(CultureInfo.InvariantCulture)),
                });
            }

            Writer.WriteEndElement();
        }

        private void WarnIfBroken(IReadOnlyList<string> broken)
        {
            if (broken.Count > 0)
            {
                Merged(text["Row.Warning", string.Join("; ", broken.Select(b => text["Invariant." + b].Value))], Warning, 1, ColumnCount);
            }
        }

        /// <summary>A level heading ("I. Cấp tỉnh") spanning the figures, so the grid has no holes.</summary>
        private void LevelRow(string number, string name)
        {
            Row(null, [(number, BoldCentered), (name, BoldCell), .. Enumerable.Range(3, ColumnCount - 2).Select(_ => ((string?)null, BoldCell))]);
            Merge(CurrentRow, 2, CurrentRow, ColumnCount);
        }

        private string LevelName(B06Level level) => text["Level." + level];

        private string PeriodName(Domain.Periods.ReportPeriod period) =>
            period.Year is { } year ? text["Kind.WithYear", text["Kind." + period.Kind].Value, year.ToString(CultureInfo.InvariantCulture)] : text["Kind.Custom"];

        private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        private static string BusinessTime(DateTime utc) =>
            VietnamTime.Of(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToString("HH:mm dd/MM/yyyy", Vietnamese);

        private static string ToRoman(int number) => number switch
        {
            1 => "I",
            2 => "II",
            3 => "III",
            _ => number.ToString(CultureInfo.InvariantCulture),
        };
    }
}

/// <summary>
/// The workbook shell and styles of the statutory XLSX reports (Biểu 06, the PAKN table): Times New Roman, bordered
/// grey headers, thousands-separated numbers. One sheet, written by <see cref="OpenXmlWriter"/> (SAX).
/// </summary>
internal static class XlsxWorkbook
{
    public static void Write(Stream output, string sheetName, Action<OpenXmlWriter> writeSheet)
    {
        ArgumentNullException.ThrowIfNull(writeSheet);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();

        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writeSheet(writer);
        }

        using (var writer = OpenXmlWriter.Create(workbook))
        {
            writer.WriteStartElement(new Workbook());
            writer.WriteStartElement(new Sheets());
            writer.WriteElement(new Sheet { Name = sheetName, SheetId = 1, Id = workbook.GetIdOfPart(sheetPart) });
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Italic(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Italic(), new Color { Rgb = "FF9C0006" }, new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid })),
        new Borders(
            new Border(),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder())),
        new CellFormats(
            new CellFormat(),
            Format(fontId: 1, borderId: 0, HorizontalAlignmentValues.Center),
            Format(fontId: 2, borderId: 0, HorizontalAlignmentValues.Left),
            Format(fontId: 2, borderId: 1, HorizontalAlignmentValues.Center, fillId: 2),
            Format(fontId: 0, borderId: 1, HorizontalAlignmentValues.Right, numberFormat: 3),
            Format(fontId: 0, borderId: 1, HorizontalAlignmentValues.Left),
            Format(fontId: 2, borderId: 1, HorizontalAlignmentValues.Right, numberFormat: 3),
            Format(fontId: 2, borderId: 1, HorizontalAlignmentValues.Left),
            Format(fontId: 3, borderId: 0, HorizontalAlignmentValues.Center),
            Format(fontId: 4, borderId: 1, HorizontalAlignmentValues.Left),
            Format(fontId: 0, borderId: 0, HorizontalAlignmentValues.Center),
            Format(fontId: 2, borderId: 0, HorizontalAlignmentValues.Center)));

    private static CellFormat Format(uint fontId, uint borderId, HorizontalAlignmentValues horizontal, uint fillId = 0, uint numberFormat = 0) =>
        new(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = true })
        {
            FontId = fontId,
            BorderId = borderId,
            FillId = fillId,
            NumberFormatId = numberFormat,
            ApplyFont = true,
            ApplyBorder = borderId != 0,
            ApplyFill = fillId != 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyAlignment = true,
        };

}

/// <summary>
/// Rows of a statutory sheet, numbered as written: text and number cells with the <see cref="XlsxWorkbook"/> styles,
/// merged ranges collected and written after the data (as the schema orders them), landscape A4 page setup.
/// </summary>
internal abstract class XlsxSheet(OpenXmlWriter writer)
{
    public const uint Plain = 0;
    public const uint Title = 1;
    public const uint Bold = 2;
    public const uint Header = 3;
    public const uint Number = 4;
    public const uint Cell = 5;
    public const uint BoldNumber = 6;
    public const uint BoldCell = 7;
    public const uint Italic = 8;
    public const uint Warning = 9;
    public const uint Centered = 10;
    public const uint BoldCentered = 11;

    private readonly List<string> _merges = [];

    protected OpenXmlWriter Writer => writer;

    protected uint CurrentRow { get; private set; }

    protected uint NextRow() => ++CurrentRow;

    /// <summary>Ends the sheet data, then writes the merged ranges and the page setup, and ends the worksheet.</summary>
    protected void FinishSheet()
    {
        writer.WriteEndElement();
        if (_merges.Count > 0)
        {
            writer.WriteStartElement(new MergeCells { Count = (uint)_merges.Count });
            foreach (var range in _merges)
            {
                writer.WriteElement(new MergeCell { Reference = range });
            }

            writer.WriteEndElement();
        }

        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
        writer.WriteEndElement();
    }

    protected void NumberCell(int column, long value, uint style) =>
        writer.WriteElement(new Cell
        {
            CellReference = Reference(CurrentRow, column),
            DataType = CellValues.Number,
            StyleIndex = style,
            CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        });

    protected void Merged(string value, uint style, int first, int last, double? height = null)
    {
        Row(height, [.. Enumerable.Range(1, first - 1).Select(_ => ((string?)null, Plain)), (value, style), .. Enumerable.Range(first + 1, last - first).Select(_ => ((string?)null, style))]);
        if (last > first)
        {
            Merge(CurrentRow, first, CurrentRow, last);
        }
    }

    protected void Row(double? height, params (string? Value, uint Style)[] cells)
    {
        var row = new Row { RowIndex = NextRow() };
        if (height is { } points)
        {
            row.Height = points;
            row.CustomHeight = true;
        }

        writer.WriteStartElement(row);
        for (var i = 0; i < cells.Length; i++)
        {
            TextCell(i + 1, cells[i].Value, cells[i].Style);
        }

        writer.WriteEndElement();
    }

    protected void TextCell(int column, string? value, uint style)
    {
        var cell = new Cell { CellReference = Reference(CurrentRow, column), StyleIndex = style };
        if (!string.IsNullOrEmpty(value))
        {
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(value));
        }

        writer.WriteElement(cell);
    }

    protected void Merge(uint fromRow, int fromColumn, uint toRow, int toColumn) =>
        _merges.Add(Reference(fromRow, fromColumn) + ":" + Reference(toRow, toColumn));

    protected static string Reference(uint row, int column)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
