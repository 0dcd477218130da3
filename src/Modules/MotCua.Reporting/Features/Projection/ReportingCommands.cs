using Microsoft.Extensions.DependencyInjection;

namespace MotCua.Reporting.Features.Projection;

/// <summary>
/// <c>dotnet run --project src/MotCua.Web -- reporting rebuild</c>: recomputes the projection from the dossiers (after a
/// restore, an upgrade that adds a fact, or to check the incremental projection against a full recomputation).
/// </summary>
public static class ReportingCommands
{
    public static bool Recognises(IReadOnlyList<string> args) => args.Count > 0 && args[0] == "reporting";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args is not ["reporting", "rebuild"])
        {
            await output.WriteLineAsync("Cách dùng: reporting rebuild   (tính lại toàn bộ số liệu báo cáo từ hồ sơ)");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var projector = scope.ServiceProvider.GetRequiredService<DossierFactProjector>();
        var started = TimeProvider.System.GetTimestamp();
        var progress = new Progress<int>(count =>
        {
            if (count % (DossierFactProjector.PageSize * 20) == 0)
            {
                output.WriteLine($"  … {count:N0} hồ sơ");
            }
        });
        var total = await projector.RebuildAsync(progress, cancellationToken);
        await output.WriteLineAsync($"Đã tính lại số liệu báo cáo của {total:N0} hồ sơ trong {TimeProvider.System.GetElapsedTime(started).TotalSeconds:N1} giây.");
        return 0;
    }
}
