using MotCua.Catalog.Features.Browse;
using Shouldly;

namespace MotCua.UnitTests.Catalog.Browse;

public sealed class DownloadFormTests
{
    [Theory]
    [InlineData("catalog-forms/2026/03/0196f0a1b2c3d4e5f60718293a4b5c6d-to-khai-lltp.docx", "to-khai-lltp.docx")]
    [InlineData("catalog-forms/2026/03/mau-03.pdf", "mau-03.pdf")]
    [InlineData("mau-so-01.doc", "mau-so-01.doc")]
    public void The_download_is_named_after_the_uploaded_file_without_the_stores_unique_prefix(string key, string expected) =>
        DownloadFormHandler.StoredName(key).ShouldBe(expected);
}
