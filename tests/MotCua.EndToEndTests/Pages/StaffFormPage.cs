using Microsoft.Playwright;

namespace MotCua.EndToEndTests.Pages;

/// <summary>The new-staff form (/quan-tri/can-bo/moi).</summary>
public sealed class StaffFormPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/quan-tri/can-bo/moi");

    public async Task FillAsync(string fullName, string email, string unitCode, string role, string password)
    {
        await page.GetByLabel("Họ và tên").FillAsync(fullName);
        await page.GetByLabel("Thư điện tử").FillAsync(email);
        await page.GetByLabel("Đơn vị công tác").SelectOptionAsync(unitCode);
        await page.GetByLabel("Vai trò").SelectOptionAsync(role);
        await SetPasswordAsync(password);
    }

    public async Task SetPasswordAsync(string password) => await page.GetByLabel("Mật khẩu ban đầu").FillAsync(password);

    public async Task SubmitAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();

    /// <summary>The message shown under the password field, tied to it by aria-describedby.</summary>
    public ILocator PasswordError => page.Locator("#f-password-error");

    public ILocator PasswordInput => page.GetByLabel("Mật khẩu ban đầu");
}
