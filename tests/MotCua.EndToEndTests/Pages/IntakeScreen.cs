using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The desk's intake screen (/mot-cua/tiep-nhan): procedure, checklist, applicant, scans, decision.</summary>
public sealed class IntakeScreen(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/mot-cua/tiep-nhan");

    public async Task ChooseProcedureAsync(string search, string name)
    {
        await page.GetByLabel("Tìm thủ tục theo mã hoặc tên").FillAsync(search);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "2. Kiểm tra thành phần hồ sơ" }).WaitForAsync();
    }

    public ILocator Received(int component) => page.Locator($"#nhan-{component}");

    public ILocator Scan(int component) => page.Locator($"#scan-{component}");

    public ILocator Name => page.GetByLabel("Họ và tên / Tên tổ chức");

    public ILocator Identifier => page.GetByLabel("Số định danh cá nhân (CCCD) / Mã số doanh nghiệp");

    public async Task FillPersonAsync(string name, string identifier, string address, string phone)
    {
        await Name.FillAsync(name);
        await Identifier.FillAsync(identifier);
        await page.GetByLabel("Địa chỉ", new() { Exact = true }).First.FillAsync(address);
        await page.GetByLabel("Số điện thoại", new() { Exact = true }).First.FillAsync(phone);
    }

    public async Task AttachAsync(int component, string fileName, string mimeType, byte[] content) =>
        await Scan(component).SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });

    public async Task AcceptAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận và in giấy hẹn (Mẫu 01)" }).ClickAsync();

    public ILocator ErrorSummary => page.Locator("#tom-tat-loi");

    /// <summary>The message an input points at through aria-describedby.</summary>
    public async Task<string> ErrorOfAsync(ILocator input)
    {
        var ids = (await input.GetAttributeAsync("aria-describedby") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var error = ids.Single(id => id.StartsWith("loi-", StringComparison.Ordinal));
        return await page.Locator("#" + error).InnerTextAsync();
    }

    /// <summary>A PDF small enough for a test and real enough for the type check (it starts with %PDF-).</summary>
    public static byte[] Pdf(string text) => System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% " + text + "\n%%EOF\n");
}
