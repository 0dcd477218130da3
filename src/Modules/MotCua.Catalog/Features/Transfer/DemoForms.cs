using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MotCua.Catalog.Features.Transfer;

/// <summary>
/// Printable form templates (mẫu đơn, tờ khai) for the demo catalog, written as small .docx files at seed time.
/// They reproduce the title and the fields of the official forms; they are illustrations, not the legal text.
/// </summary>
internal static class DemoForms
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly Dictionary<string, (string File, string Title, string To, string[] Fields)> Forms = new(StringComparer.Ordinal)
    {
        ["Mẫu số 03/2013/TT-LLTP"] = ("to-khai-cap-phieu-ly-lich-tu-phap.docx", "TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP", "Sở Tư pháp tỉnh Lào Cai",
            ["Họ, chữ đệm và tên", "Giới tính", "Ngày, tháng, năm sinh", "Nơi sinh", "Quốc tịch", "Số định danh cá nhân / Hộ chiếu", "Nơi thường trú", "Nơi tạm trú",
             "Họ và tên cha", "Họ và tên mẹ", "Họ và tên vợ/chồng", "Quá trình cư trú, nghề nghiệp từ đủ 14 tuổi", "Loại Phiếu yêu cầu cấp (số 1 / số 2)", "Mục đích sử dụng Phiếu", "Số lượng Phiếu yêu cầu cấp"]),
        ["Mẫu Tờ khai đăng ký khai sinh (Thông tư 04/2020/TT-BTP)"] = ("to-khai-dang-ky-khai-sinh.docx", "TỜ KHAI ĐĂNG KÝ KHAI SINH", "Ủy ban nhân dân cấp xã",
            ["Họ, chữ đệm, tên người yêu cầu", "Giấy tờ tùy thân", "Quan hệ với người được khai sinh", "Họ, chữ đệm, tên người được khai sinh", "Ngày, tháng, năm sinh",
             "Giới tính", "Dân tộc", "Quốc tịch", "Nơi sinh", "Quê quán", "Họ, chữ đệm, tên người mẹ", "Họ, chữ đệm, tên người cha"]),
        ["Mẫu Tờ khai đăng ký kết hôn (Thông tư 04/2020/TT-BTP)"] = ("to-khai-dang-ky-ket-hon.docx", "TỜ KHAI ĐĂNG KÝ KẾT HÔN", "Ủy ban nhân dân cấp xã",
            ["Họ, chữ đệm, tên (bên nữ / bên nam)", "Ngày, tháng, năm sinh", "Dân tộc", "Quốc tịch", "Nơi cư trú", "Giấy tờ tùy thân", "Kết hôn lần thứ mấy"]),
        ["Mẫu Tờ khai đăng ký khai tử (Thông tư 04/2020/TT-BTP)"] = ("to-khai-dang-ky-khai-tu.docx", "TỜ KHAI ĐĂNG KÝ KHAI TỬ", "Ủy ban nhân dân cấp xã",
            ["Họ, chữ đệm, tên người yêu cầu", "Quan hệ với người đã chết", "Họ, chữ đệm, tên người đã chết", "Ngày, tháng, năm sinh", "Số định danh cá nhân",
             "Nơi cư trú cuối cùng", "Đã chết vào lúc", "Nơi chết", "Nguyên nhân chết", "Số Giấy báo tử / giấy tờ thay thế"]),
        ["Mẫu Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (Thông tư 04/2020/TT-BTP)"] = ("to-khai-xac-nhan-tinh-trang-hon-nhan.docx", "TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", "Ủy ban nhân dân cấp xã",
            ["Họ, chữ đệm, tên người yêu cầu", "Quan hệ với người được cấp", "Họ, chữ đệm, tên người được cấp", "Ngày, tháng, năm sinh", "Nơi cư trú",
             "Tình trạng hôn nhân", "Mục đích sử dụng"]),
        ["Mẫu số 01 Phụ lục XXI Thông tư 35/2024/TT-BGTVT"] = ("don-de-nghi-doi-cap-lai-giay-phep-lai-xe.docx", "ĐƠN ĐỀ NGHỊ ĐỔI, CẤP LẠI GIẤY PHÉP LÁI XE", "Sở Giao thông vận tải tỉnh Lào Cai",
            ["Họ và tên", "Ngày, tháng, năm sinh", "Quốc tịch", "Số định danh cá nhân", "Nơi cư trú", "Giấy phép lái xe số, hạng, ngày cấp, nơi cấp", "Lý do đề nghị đổi, cấp lại"]),
        ["Phụ lục I-2 Thông tư 01/2021/TT-BKHĐT"] = ("giay-de-nghi-dang-ky-cong-ty-tnhh-mot-thanh-vien.docx", "GIẤY ĐỀ NGHỊ ĐĂNG KÝ DOANH NGHIỆP CÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN", "Phòng Đăng ký kinh doanh tỉnh Lào Cai",
            ["Tên công ty viết bằng tiếng Việt", "Tên công ty viết bằng tiếng nước ngoài", "Tên viết tắt", "Địa chỉ trụ sở chính", "Ngành, nghề kinh doanh", "Vốn điều lệ",
             "Nguồn vốn điều lệ", "Thông tin về chủ sở hữu", "Người đại diện theo pháp luật"]),
        ["Phụ lục I-4 Thông tư 01/2021/TT-BKHĐT"] = ("giay-de-nghi-dang-ky-cong-ty-co-phan.docx", "GIẤY ĐỀ NGHỊ ĐĂNG KÝ DOANH NGHIỆP CÔNG TY CỔ PHẦN", "Phòng Đăng ký kinh doanh tỉnh Lào Cai",
            ["Tên công ty viết bằng tiếng Việt", "Địa chỉ trụ sở chính", "Ngành, nghề kinh doanh", "Vốn điều lệ", "Mệnh giá cổ phần", "Số cổ phần được quyền chào bán",
             "Người đại diện theo pháp luật"]),
        ["Phụ lục II-19 Thông tư 01/2021/TT-BKHĐT"] = ("thong-bao-tam-ngung-kinh-doanh.docx", "THÔNG BÁO VỀ VIỆC TẠM NGỪNG KINH DOANH / TIẾP TỤC KINH DOANH TRƯỚC THỜI HẠN ĐÃ THÔNG BÁO", "Phòng Đăng ký kinh doanh tỉnh Lào Cai",
            ["Tên doanh nghiệp", "Mã số doanh nghiệp", "Thời gian tạm ngừng kinh doanh (từ ngày … đến ngày …)", "Lý do tạm ngừng", "Người đại diện theo pháp luật"]),
        ["Phụ lục III-1 Thông tư 01/2021/TT-BKHĐT"] = ("giay-de-nghi-dang-ky-ho-kinh-doanh.docx", "GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH", "Phòng Tài chính – Kế hoạch",
            ["Họ và tên chủ hộ kinh doanh", "Ngày, tháng, năm sinh", "Số định danh cá nhân", "Tên hộ kinh doanh", "Địa chỉ trụ sở hộ kinh doanh", "Ngành, nghề kinh doanh",
             "Vốn kinh doanh", "Số lượng lao động"]),
        ["Mẫu đơn xin chuyển trường (Quyết định 51/2002/QĐ-BGDĐT)"] = ("don-xin-chuyen-truong.docx", "ĐƠN XIN CHUYỂN TRƯỜNG", "Hiệu trưởng trường nơi đi và trường nơi đến",
            ["Họ và tên cha (mẹ) hoặc người giám hộ", "Họ và tên học sinh", "Ngày, tháng, năm sinh", "Hiện đang học lớp, trường", "Xin chuyển đến học lớp, trường", "Lý do chuyển trường"]),
    };

    public static IEnumerable<string> FormNames => Forms.Keys;

    /// <summary>The template for a form name, or null when the demo has none for it.</summary>
    public static ExchangeFormFile? For(string? formName)
    {
        if (formName is null || !Forms.TryGetValue(formName, out var form))
        {
            return null;
        }

        return new ExchangeFormFile(form.File, DocxType, Docx(formName, form.Title, form.To, form.Fields));
    }

    private static byte[] Docx(string formName, string title, string to, string[] fields)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var body = new Body(
                Line(formName, italic: true, align: JustificationValues.Right),
                Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, align: JustificationValues.Center),
                Line("Độc lập – Tự do – Hạnh phúc", bold: true, align: JustificationValues.Center),
                Line(string.Empty),
                Line(title, bold: true, align: JustificationValues.Center, size: 28),
                Line(string.Empty),
                Line($"Kính gửi: {to}", align: JustificationValues.Center));
            for (var i = 0; i < fields.Length; i++)
            {
                body.Append(Line($"{i + 1}. {fields[i]}: ............................................................"));
            }

            body.Append(
                Line("Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình."),
                Line("Làm tại ……………, ngày … tháng … năm ……", italic: true, align: JustificationValues.Right),
                Line("NGƯỜI YÊU CẦU", bold: true, align: JustificationValues.Right),
                Line("(Ký, ghi rõ họ, chữ đệm, tên)", italic: true, align: JustificationValues.Right),
                Line(string.Empty),
                Line("Mẫu minh họa của dữ liệu trình diễn MotCua; khi nộp hồ sơ thật, dùng mẫu ban hành kèm văn bản quy phạm pháp luật.", italic: true, size: 18));
            var main = document.AddMainDocumentPart();
            main.Document = new Document(body);
            main.Document.Save();
        }

        return buffer.ToArray();
    }

    private static Paragraph Line(string text, bool bold = false, bool italic = false, JustificationValues? align = null, int size = 24)
    {
        var runProperties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (italic)
        {
            runProperties.Append(new Italic());
        }

        var paragraph = new Paragraph(new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (align is { } justification)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = justification }));
        }

        return paragraph;
    }
}
