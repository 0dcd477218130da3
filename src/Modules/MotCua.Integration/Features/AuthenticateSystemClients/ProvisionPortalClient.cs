using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MotCua.Integration.Domain;
using MotCua.Integration.Features.SyncToNationalPortal;
using MotCua.Kernel.Auditing;
using MotCua.Kernel.Time;

namespace MotCua.Integration.Features.AuthenticateSystemClients;

/// <summary>
/// Keeps the national portal's system client in step with configuration (NationalPortal:Inbound:ClientId and
/// ClientSecret, from the operator's secret store; in demo mode, from the development services): rotating the secret
/// is changing the setting and restarting. The secret is only ever hashed, never logged or printed.
/// </summary>
internal sealed class ProvisionPortalClient(IServiceScopeFactory scopes, IOptions<NationalPortalOptions> options, BusinessClock clock) : IHostedService
{
    public const string ClientName = "Cổng Dịch vụ công quốc gia";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var inbound = options.Value.Inbound;
        if (string.IsNullOrEmpty(inbound.ClientId) || string.IsNullOrEmpty(inbound.ClientSecret))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var now = clock.UtcNow;
        var client = await db.Set<SystemClient>().SingleOrDefaultAsync(c => c.ClientId == inbound.ClientId, cancellationToken);
        string action;
        if (client is null)
        {
            client = SystemClient.Register(inbound.ClientId, ClientName, inbound.ClientSecret, [SystemClients.SubmitDossiersScope], now, inbound.SecretExpiresAtUtc);
            db.Add(client);
            action = "SystemClientRegistered";
        }
        else if (client.Update(ClientName, inbound.ClientSecret, [SystemClients.SubmitDossiersScope], inbound.SecretExpiresAtUtc))
        {
            action = "SystemClientUpdated";
        }
        else
        {
            return;
        }

        db.Add(AuditEntry.Record(now, CurrentActor.System, action, nameof(SystemClient), client.ClientId, details: client.Scopes));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance starting at the same moment provisioned the same client from the same configuration.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
