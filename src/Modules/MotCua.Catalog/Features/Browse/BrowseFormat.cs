using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Catalog.Domain;

namespace MotCua.Catalog.Features.Browse;

/// <summary>
/// How the public pages write money, times, channels and levels in the reader's language
/// ("200.000 đồng", "10 ngày làm việc"). Public because Razor views inject it.
/// </summary>
public sealed class BrowseFormat(IStringLocalizer<BrowseText> text)
{
    private static readonly SubmissionChannels[] AllChannels = [SubmissionChannels.Direct, SubmissionChannels.Online, SubmissionChannels.Postal];
    private static readonly CompetenceLevels[] AllLevels = [CompetenceLevels.Province, CompetenceLevels.District, CompetenceLevels.Commune];

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public string Money(long dong) => text["Format.Dong", dong.ToString("N0", CultureInfo.CurrentCulture)];

    public string Fee(FeeLine fee) => fee.AmountDong is { } amount ? Money(amount) : fee.Rule ?? string.Empty;

    /// <summary>"Lệ phí cấp giấy phép", keeping the legal kind visible when the description does not already say it.</summary>
    public string FeeLabel(FeeLine fee)
    {
        var kind = text[$"FeeKind.{fee.Kind}"].Value;
        return fee.Description.StartsWith(kind + " ", StringComparison.CurrentCultureIgnoreCase)
            ? fee.Description
            : $"{kind} — {fee.Description}";
    }

    /// <summary>One line for lists: "Không" when nothing is charged, otherwise each amount or rule.</summary>
    public string FeeSummary(IReadOnlyList<FeeLine> fees) =>
        fees.Count == 0 || fees.All(f => f.AmountDong == 0)
            ? text["Fee.None"]
            : string.Join("; ", fees.Select(Fee));

    public string Time(ProcessingTimeItem time) =>
        text[$"TimeUnit.{time.Unit}", time.Amount.ToString("0.#", CultureInfo.CurrentCulture)];

    /// <summary>"10 ngày làm việc", or "Trực tiếp: 10 ngày làm việc; Trực tuyến: 8 ngày làm việc" when channels differ.</summary>
    public string TimeSummary(IReadOnlyList<ProcessingTimeItem> times) =>
        times.Count switch
        {
            0 => string.Empty,
            1 when times[0].Channel is null => Time(times[0]),
            _ => string.Join("; ", times.Select(t => $"{Channel(t.Channel)}: {Time(t)}")),
        };

    public string Channel(SubmissionChannels? channel) =>
        channel is null ? text["Channel.Any"] : text[$"Channel.{channel}"];

    public string Channels(SubmissionChannels channels) =>
        string.Join(", ", AllChannels.Where(c => channels.HasFlag(c)).Select(c => Channel(c)));

    public string Levels(CompetenceLevels levels) =>
        string.Join(", ", AllLevels.Where(l => levels.HasFlag(l)).Select(l => text[$"Level.{l}"].Value));

    public string Online(OnlineServiceLevel level) => text[$"Online.{level}"];

    public static string OnlineBadge(OnlineServiceLevel level) => level switch
    {
        OnlineServiceLevel.Full => "text-bg-success",
        OnlineServiceLevel.Partial => "text-bg-info",
        _ => "text-bg-secondary",
    };

    /// <summary>"Luật Lý lịch tư pháp số 28/2009/QH12 ngày 17/6/2009; có hiệu lực từ 01/7/2010".</summary>
    public string LegalBasis(LegalBasisItem basis)
    {
        var line = text["Legal.Number", basis.Title, basis.Number].Value;
        if (basis.IssuedOn is { } issued)
        {
            line += text["Legal.IssuedOn", Date(issued)];
        }

        if (basis.EffectiveOn is { } effective)
        {
            line += text["Legal.EffectiveOn", Date(effective)];
        }

        return line;
    }

    /// <summary>Multi-line published text split into paragraphs, blank lines dropped.</summary>
    public static IReadOnlyList<string> Paragraphs(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
