using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Files;
using MotCua.Kernel.Paging;
using MotCua.Kernel.Results;

namespace MotCua.Dossiers.Features.CitizenPortal;

/// <summary>What the citizen has to do now on a dossier.</summary>
public enum CitizenAskKind
{
    /// <summary>Form 02: supply what the desk or the processing unit asked for.</summary>
    Supplement = 1,

    /// <summary>A fee, charge or tax to pay before processing goes on.</summary>
    Pay = 2,

    /// <summary>An electronic result to download.</summary>
    DownloadResult = 3,

    /// <summary>The result was handed over: rate the service (766 indicator group 5).</summary>
    Rate = 4,
}

public sealed record CitizenAsk(CitizenAskKind Kind, IReadOnlyList<string> Details, long? AmountDong = null);

public sealed record MyDossierItem(
    string Code, string ProcedureName, int StatusCode, string StatusName, DateTime SubmittedAt, DateTime? AppointmentAt, bool IsOnline, IReadOnlyList<CitizenAsk> Asks);

public sealed record MyComponent(int Number, string Name, string? FileName, bool ReusedFromWallet);

public sealed record MyHistoryLine(DateTime At, string Text, string StatusName);

public sealed record MyDossierDetail(
    MyDossierItem Summary,
    string DeskName,
    string ApplicantName,
    string? RepresentativeName,
    IReadOnlyList<MyComponent> Components,
    IReadOnlyList<ReasonItem> SupplementNeeded,
    bool CanSupply,
    string? ResultDocumentNumber,
    bool ResultDownloadable,
    IReadOnlyList<MyHistoryLine> History);

/// <summary>A file the citizen may download, open and ready to stream.</summary>
public sealed record CitizenFile(Stream Content, string ContentType, string FileName);

/// <summary>
/// The citizen's own dossiers: those where the signed-in CCCD is the applicant or the representative who submitted
/// them. Anyone else's dossier, file or result is answered exactly like an unknown code (404, no oracle).
/// </summary>
internal sealed class CitizenDossiersHandler(DbContext db, IFileStore store)
{
    public const string NotFoundMessage = "Không tìm thấy hồ sơ có mã này trong các hồ sơ của bạn.";

    public async Task<Result<Page<MyDossierItem>>> ListAsync(string citizenId, string? after, int? limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(citizenId);
        (DateTime At, string Code)? cursor = null;
        if (!Keyset.TryDecode(after, out var key) || key is not null && (cursor = ParseKey(key)) is null)
        {
            return Error.Field("after", "Con trỏ phân trang không hợp lệ.");
        }

        if (limit is < 1 or > Keyset.MaxLimit)
        {
            return Error.Field("limit", $"Số bản ghi mỗi trang phải từ 1 đến {Keyset.MaxLimit}.");
        }

        var mine = Mine(citizenId);
        if (cursor is { } c)
        {
            mine = mine.Where(d => d.SubmittedAtUtc < c.At || d.SubmittedAtUtc == c.At && d.Code.CompareTo(c.Code) < 0);
        }

        var take = Keyset.ClampLimit(limit);
        var rows = await mine.OrderByDescending(d => d.SubmittedAtUtc).ThenByDescending(d => d.Code).Take(take + 1).ToListAsync(cancellationToken);
        var page = Keyset.ToPage(rows, take, d => string.Create(CultureInfo.InvariantCulture, $"{Utc(d.SubmittedAtUtc).Ticks}|{d.Code}"));
        return new Page<MyDossierItem>([.. page.Items.Select(Summary)], page.Next);
    }

    public async Task<Result<MyDossierDetail>> FindAsync(string citizenId, string code, CancellationToken cancellationToken)
    {
        var dossier = await LoadAsync(citizenId, code, cancellationToken);
        if (dossier is null)
        {
            return Error.NotFound("dossier-not-found", NotFoundMessage);
        }

        return new MyDossierDetail(
            Summary(dossier),
            dossier.DeskName,
            dossier.Applicant.Name,
            dossier.Representative?.Name,
            [.. dossier.Components.OrderBy(c => c.Number).Select(c => new MyComponent(c.Number, c.Name, c.File?.FileName, c.ReusedFromWallet))],
            dossier.OpenSupplement?.Items ?? [],
            dossier.State is DossierState.AwaitingSupplementAtIntake or DossierState.AwaitingSupplement,
            dossier.Result?.DocumentNumber,
            ResultDownloadable(dossier),
            // Plain words for the citizen: what happened and the status it left; never the officers' names.
            [.. dossier.History.OrderBy(h => h.Sequence).Select(h => new MyHistoryLine(Utc(h.AtUtc), h.Trigger.Label(), h.To.National().Label()))]);
    }

    /// <summary>A component's file (<paramref name="componentNumber"/>) or, when null, the electronic result.</summary>
    public async Task<Result<CitizenFile>> OpenFileAsync(string citizenId, string code, int? componentNumber, CancellationToken cancellationToken)
    {
        var dossier = await LoadAsync(citizenId, code, cancellationToken);
        var file = dossier is null ? null
            : componentNumber is { } number ? dossier.Components.FirstOrDefault(c => c.Number == number)?.File
            : ResultDownloadable(dossier) ? dossier.Result!.File
            : null;
        var content = file is null ? null : await store.OpenAsync(file.Key, cancellationToken);
        return content is null
            ? Error.NotFound("file-not-found", "Không tìm thấy tệp này trong các hồ sơ của bạn.")
            : new CitizenFile(content, file!.ContentType, file.FileName);
    }

    internal IQueryable<Dossier> Mine(string citizenId) =>
        db.Set<Dossier>().AsNoTracking().AsSplitQuery()
            .Where(d => d.Applicant.Identifier == citizenId || d.Representative!.Identifier == citizenId);

    internal async Task<Dossier?> LoadAsync(string citizenId, string code, CancellationToken cancellationToken)
    {
        var normalized = code?.Trim().ToUpperInvariant() ?? string.Empty;
        if (string.IsNullOrEmpty(citizenId) || !DossierCode.IsWellFormed(normalized))
        {
            return null;
        }

        return await Mine(citizenId).SingleOrDefaultAsync(d => d.Code == normalized, cancellationToken);
    }

    private static bool ResultDownloadable(Dossier dossier) =>
        dossier.Result?.File is not null && dossier.State is DossierState.ResultReady or DossierState.Returned;

    private static MyDossierItem Summary(Dossier d)
    {
        var asks = new List<CitizenAsk>();
        if (d.State is DossierState.AwaitingSupplementAtIntake or DossierState.AwaitingSupplement && d.OpenSupplement is { } supplement)
        {
            asks.Add(new CitizenAsk(CitizenAskKind.Supplement, [.. supplement.Items.Select(i => i.Reason)]));
        }

        if (d.State == DossierState.AwaitingFinancialObligation && d.OpenPause is { } pause)
        {
            asks.Add(new CitizenAsk(CitizenAskKind.Pay, [pause.Description], pause.AmountDong));
        }

        if (ResultDownloadable(d))
        {
            asks.Add(new CitizenAsk(CitizenAskKind.DownloadResult, [d.Result!.DocumentNumber]));
        }

        if (d.State == DossierState.Returned)
        {
            asks.Add(new CitizenAsk(CitizenAskKind.Rate, []));
        }

        return new MyDossierItem(d.Code, d.ProcedureName, (int)d.Status, d.Status.Label(), Utc(d.SubmittedAtUtc),
            d.AppointmentAtUtc is { } at ? Utc(at) : null, d.Channel == DossierChannel.Online, asks);
    }

    private static (DateTime, string)? ParseKey(string key)
    {
        var parts = key.Split('|', 2);
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks && DossierCode.IsWellFormed(parts[1])
            ? (new DateTime(ticks, DateTimeKind.Utc), parts[1])
            : null;
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
