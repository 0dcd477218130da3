using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Kernel.Time;

namespace MotCua.Payments.Features;

/// <summary>What the payment pages share: their handlers from the request's services, money and times written the Vietnamese way.</summary>
public abstract class PaymentPage : PageModel
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Money(long amountDong) => amountDong.ToString("#,0", Vietnamese) + " đ";

    public static string Local(DateTime utc) => BusinessClock.ToLocal(utc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    private protected T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();
}
