using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Kernel.Time;

namespace MotCua.Engagement.Features.Notifications.ComposeMessages;

/// <summary>What a message says, before it is put into words.</summary>
public sealed record NotificationFacts(
    NotificationKind Kind,
    string Code,
    string ProcedureName,
    string RecipientName,
    DateTime? AppointmentAtUtc = null,
    string? Reasons = null,
    long? AmountDong = null,
    string? ReceiptNumber = null);

/// <summary>One message in both forms: the SMS, and the e-mail as subject, plain text and HTML.</summary>
public sealed record ComposedMessage(string Sms, string Subject, string Text, string Html);

/// <summary>
/// Puts a notification into words from the templates of Resources/NotificationTemplates (Vietnamese, English), with
/// links to the public portal. An SMS stays short: long reasons are cut and the link carries the rest.
/// </summary>
internal sealed partial class NotificationComposer(IStringLocalizer<NotificationTemplates> templates, IOptions<NotificationOptions> options, Contracts.IRatingLinks ratingLinks)
{
    /// <summary>Reasons longer than this are cut in an SMS (the e-mail and the linked page have them in full).</summary>
    public const int SmsReasonsLength = 100;

    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public ComposedMessage Compose(NotificationFacts facts, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var link = Link(facts.Kind, facts.Code);
            var reasons = facts.Reasons?.Trim() ?? string.Empty;
            string Fill(string template, string reasonsText) => template
                .Replace("{code}", facts.Code, StringComparison.Ordinal)
                .Replace("{procedure}", facts.ProcedureName, StringComparison.Ordinal)
                .Replace("{name}", facts.RecipientName, StringComparison.Ordinal)
                .Replace("{date}", facts.AppointmentAtUtc is { } at ? BusinessClock.ToLocal(at).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : string.Empty, StringComparison.Ordinal)
                .Replace("{reasons}", reasonsText, StringComparison.Ordinal)
                .Replace("{amount}", facts.AmountDong?.ToString("N0", culture) ?? string.Empty, StringComparison.Ordinal)
                .Replace("{receipt}", facts.ReceiptNumber ?? string.Empty, StringComparison.Ordinal)
                .Replace("{link}", link, StringComparison.Ordinal);

            var kind = facts.Kind.ToString();
            var sms = Fill(templates[kind + ".Sms"], Shorten(OneLine(reasons), SmsReasonsLength));
            var subject = Fill(templates[kind + ".Subject"], reasons);
            var paragraphs = new[] { Fill(templates["Email.Greeting"], reasons), Fill(templates[kind + ".Body"], reasons), templates["Email.Footer"].Value };
            var text = string.Join("\n\n", paragraphs);
            return new ComposedMessage(sms, subject, text, Html(subject, text));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public string Link(NotificationKind kind, string code)
    {
        if (kind == NotificationKind.ResultReturned)
        {
            // A signed link: the applicant rates from the message without signing in (TT 01/2018 Đ13 asks every applicant).
            return ratingLinks.LinkFor(code).ToString();
        }

        var escaped = Uri.EscapeDataString(code);
        var path = kind switch
        {
            NotificationKind.Received or NotificationKind.Apology or NotificationKind.Refused => "tra-cuu-ho-so?ma=" + escaped,
            _ => $"cong-dan/ho-so/{escaped}",
        };
        return new Uri(options.Value.PublicBaseUrl, path).ToString();
    }

    private static string OneLine(string text) => WhiteSpace().Replace(text, " ");

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    /// <summary>Simple HTML for mail readers: the same paragraphs, encoded, with the link made clickable.</summary>
    private static string Html(string subject, string text)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject))
            .Append("</title></head><body>");
        foreach (var paragraph in text.Split("\n\n"))
        {
            var lines = paragraph.Split('\n').Select(line => Links().Replace(WebUtility.HtmlEncode(line), m => $"<a href=\"{m.Value}\">{m.Value}</a>"));
            html.Append("<p>").Append(string.Join("<br>", lines)).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"https?://[^\s<]+")]
    private static partial Regex Links();
}
