using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Administration.Domain;

namespace MotCua.Administration.Areas.Administration.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<StaffUser> signIn, IStringLocalizer<AccountText> text) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", text["SignIn.EmailRequired"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["SignIn.PasswordRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // Only local return URLs: an open redirect would let a phishing link borrow our sign-in page.
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ErrorMessage = result.IsLockedOut ? text["SignIn.LockedOut"] : text["SignIn.Failed"];
        return Page();
    }
}

public sealed class SignInInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
