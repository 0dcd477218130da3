using System.IO.Compression;
using System.Text;
using MotCua.Dossiers.Features.UploadFile;
using Shouldly;

namespace MotCua.UnitTests.Dossiers;

/// <summary>A digitized document is what its bytes say, whatever its name claims.</summary>
public sealed class UploadedFileTypeTests
{
    [Fact]
    public void Pdf_jpeg_and_png_are_recognised_by_their_signatures()
    {
        Sniff(Encoding.ASCII.GetBytes("%PDF-1.7\n...")).ShouldBe("application/pdf");
        Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).ShouldBe("image/jpeg");
        Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]).ShouldBe("image/png");
    }

    [Fact]
    public void A_word_document_is_a_zip_with_its_own_parts_and_any_other_zip_is_refused()
    {
        Sniff(Zip("[Content_Types].xml", "word/document.xml")).ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Sniff(Zip("[Content_Types].xml", "xl/workbook.xml")).ShouldBeNull();
        Sniff(Zip("virus.exe")).ShouldBeNull();
    }

    [Fact]
    public void Executables_text_and_truncated_zips_are_refused()
    {
        Sniff(Encoding.ASCII.GetBytes("MZ\u0090\0this is not a pdf")).ShouldBeNull();
        Sniff(Encoding.UTF8.GetBytes("Tờ khai")).ShouldBeNull();
        Sniff([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]).ShouldBeNull();
    }

    private static string? Sniff(byte[] bytes) => DigitizedFiles.Sniff(bytes);

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }
}
