using MotCua.TestSupport;

namespace MotCua.IntegrationTests.Infrastructure;

/// <summary>
/// Base of every integration test class: each is written once against <see cref="MotCuaApp"/> and run twice,
/// by a <c>…_Sqlite</c> and a <c>…_Postgres</c> subclass. PostgreSQL tests skip, saying so, where no server is set.
/// </summary>
public abstract class IntegrationTest(MotCuaApp app) : IAsyncLifetime
{
    protected MotCuaApp App { get; } = app;

    public ValueTask InitializeAsync()
    {
        App.SkipIfUnavailable();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
