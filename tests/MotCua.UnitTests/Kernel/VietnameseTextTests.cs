using System.Text;
using MotCua.Kernel.Text;
using Shouldly;

namespace MotCua.UnitTests.Kernel;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Cấp Phiếu lý lịch tư pháp", "cap phieu ly lich tu phap")]
    [InlineData("ĐĂNG KÝ   KHAI SINH", "dang ky khai sinh")]
    [InlineData("  Đổi giấy phép lái xe  ", "doi giay phep lai xe")]
    [InlineData("", "")]
    public void Folding_removes_case_diacritics_and_extra_spaces(string input, string expected) =>
        VietnameseText.Fold(input).ShouldBe(expected);

    [Fact]
    public void Nfc_and_nfd_input_fold_to_the_same_text()
    {
        const string name = "Cấp Phiếu lý lịch tư pháp";
        VietnameseText.Fold(name.Normalize(NormalizationForm.FormD))
            .ShouldBe(VietnameseText.Fold(name.Normalize(NormalizationForm.FormC)));
    }
}
