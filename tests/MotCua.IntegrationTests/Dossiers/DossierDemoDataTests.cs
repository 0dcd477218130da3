using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Dossiers.Domain;
using MotCua.IntegrationTests.Infrastructure;
using MotCua.TestSupport;
using Shouldly;
using static MotCua.IntegrationTests.Dossiers.DossierDesk;

namespace MotCua.IntegrationTests.Dossiers;

public abstract class DossierDemoDataTests(MotCuaApp app) : IntegrationTest(app)
{
    private readonly DossierDesk _desk = new(app);

    [Fact]
    public async Task Demo_dossiers_in_many_states_fill_the_inboxes_on_first_run()
    {
        var demo = await _desk.InDatabaseAsync(db => db.Set<Dossier>().Where(d => d.IsDemo).Select(d => new { d.State, d.Code, d.DeskCode }).ToListAsync(Ct));

        demo.Count.ShouldBeGreaterThanOrEqualTo(30);
        demo.Select(d => d.State).Distinct().Count().ShouldBeGreaterThanOrEqualTo(10);
        demo.Select(d => d.DeskCode).Distinct().Count().ShouldBe(3);
        demo.ShouldAllBe(d => DossierCode.IsWellFormed(d.Code));
        demo.Select(d => d.Code).ShouldBeUnique();

        using var officer = await _desk.As(Officer);
        var mine = await officer.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?scope=mine&limit=100", Ct);
        mine.GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
        var overdue = await _desk.InDatabaseAsync(db => db.Set<Dossier>().CountAsync(d => d.IsDemo && d.Apology != null, Ct));
        overdue.ShouldBeGreaterThan(0);
    }
}

public sealed class DossierDemoDataTests_Sqlite(SqliteApp app) : DossierDemoDataTests(app);

public sealed class DossierDemoDataTests_Postgres(PostgresApp app) : DossierDemoDataTests(app);
