using Microsoft.Extensions.DependencyInjection;
using MotCua.Kernel.Outbox;
using MotCua.TestSupport;
using Shouldly;

namespace MotCua.EndToEndTests.Infrastructure;

/// <summary>
/// Waiting for what the outbox does after a request (the wallet filled, a payment reaching its dossier). A fresh app
/// starts with the demo data's hundreds of messages (national-portal syncs, notifications) queued before the journey's
/// own, and its pump works through them one by one; the test delivers alongside it, as the integration tests do, so the
/// journey's messages come up in reasonable time even on a loaded machine.
/// </summary>
public static class BackgroundWork
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    public static async Task UntilAsync(MotCuaApp app, string what, Func<Task<bool>> done)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(done);
        var deadline = DateTime.UtcNow + Limit;
        while (!await done())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"Still waiting, after {Limit.TotalMinutes} minutes, for {what}.");
            await using var scope = app.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(cancellationToken: TestContext.Current.CancellationToken) == 0)
            {
                await Task.Delay(250, TestContext.Current.CancellationToken);
            }
        }
    }
}
