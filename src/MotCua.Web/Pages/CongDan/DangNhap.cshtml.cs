using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Web.Pages.CongDan;

public sealed class CitizenSignInModel : PageModel
{
    private readonly CitizenOidcSettings _settings;

    public CitizenSignInModel(CitizenOidcSettings settings) => _settings = settings;

    public bool IsConfigured => _settings.IsConfigured;

    public string ProviderName => _settings.ProviderName;

    public string ReturnUrl { get; private set; } = "/cong-dan";

    /// <summary>Resource key of the reason the last attempt failed, if any.</summary>
    public string? Problem { get; private set; }

    public void OnGet(string? returnUrl, string? loi)
    {
        ReturnUrl = returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] is not '/' and not '\\' ? url : "/cong-dan";
        Problem = loi switch
        {
            "xac-thuc" => "CitizenSignIn.Failed",
            "chua-cau-hinh" => "CitizenSignIn.NotConfigured",
            _ when !_settings.IsConfigured => "CitizenSignIn.NotConfigured",
            _ => null,
        };
    }
}
