using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Dossiers.Contracts;
using MotCua.Dossiers.Domain;
using MotCua.Kernel.Outbox;
using MotCua.Kernel.Results;
using MotCua.TestSupport;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Dossiers;

/// <summary>Online submissions through <see cref="IOnlineIntake"/>, as the portal and the connector send them.</summary>
internal sealed class OnlineCitizen(MotCuaApp app)
{
    /// <summary>"MZ" and a PE stub: an executable, whatever its name says.</summary>
    public static readonly byte[] Executable = Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0\u0004\0\0\0This program cannot be run in DOS mode.");

    /// <summary>A CCCD of Lào Cai (010), a man born in 1990, that no other test uses.</summary>
    public static string NewCitizenId() => "010090" + Random.Shared.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static OnlineParty Person(string name, string identifier) =>
        new(false, name, identifier, "Số 5 đường Hoàng Liên, phường Cốc Lếu", "0912 345 678", "thu@example.vn");

    public static OnlineFile PdfFile(string name = "to-khai.pdf") => new(name, "application/pdf", Pdf);

    /// <summary>Cấp Phiếu lý lịch tư pháp online: components 1 and 2 are required.</summary>
    public static OnlineSubmission Submission(
        string name, string identifier, IReadOnlyList<OnlineComponent>? components = null, string procedure = Procedure,
        string? externalId = null, OnlineParty? representative = null, OnlineParty? applicant = null) =>
        new(procedure, applicant ?? Person(name, identifier), representative, "Cấp 01 Phiếu lý lịch tư pháp số 1",
            components ?? [new OnlineComponent(1, PdfFile()), new OnlineComponent(2, PdfFile("can-cuoc.pdf"))],
            "citizen:" + identifier, IdentityVerifiedWithVneid: true,
            ExternalSource: externalId is null ? null : "test", ExternalId: externalId);

    public async Task<Result<OnlineIntakeReceipt>> SubmitAsync(OnlineSubmission submission)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOnlineIntake>().SubmitAsync(submission, Ct);
    }

    public async Task<OnlineIntakeReceipt> SubmittedAsync(OnlineSubmission submission)
    {
        var result = await SubmitAsync(submission);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Online intake refused: {result.Error.Message} {string.Join("; ", result.Error.Fields?.Select(f => f.Key + ": " + string.Join(", ", f.Value)) ?? [])}");
        }

        return result.Value;
    }

    /// <summary>
    /// Delivers the outbox until the wallet holds the documents of <paramref name="dossierCode"/> (the background pump may
    /// have claimed a message first and be delivering it), for at most ten seconds.
    /// </summary>
    public async Task<List<WalletDocument>> WalletFilledFromAsync(string dossierCode, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(cancellationToken: Ct);
                var documents = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<WalletDocument>().AsNoTracking()
                    .Where(w => w.SourceDossierCode == dossierCode).OrderBy(w => w.Kind).ThenBy(w => w.ComponentNumber).ToListAsync(Ct);
                if (documents.Count >= expected || DateTime.UtcNow > deadline)
                {
                    return documents;
                }
            }

            await Task.Delay(100, Ct);
        }
    }

    public async Task<List<WalletDocument>> WalletOfAsync(string owner)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<WalletDocument>().AsNoTracking()
            .Where(w => w.OwnerIdentifier == owner).OrderBy(w => w.SourceDossierCode).ThenBy(w => w.ComponentNumber).ToListAsync(Ct);
    }
}
