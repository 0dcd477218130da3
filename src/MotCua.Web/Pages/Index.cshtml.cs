using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
