using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Files;
using MotCua.TestSupport;

namespace MotCua.IntegrationTests.Catalog.Browse;

/// <summary>
/// Arranges the public catalog through the domain, as a publication decision would: each test gets its own field,
/// codes and a search token that only its procedures carry, since the app (and its demo data) is shared.
/// </summary>
internal sealed class PublishedCatalog(MotCuaApp app)
{
    public const string JusticeDepartment = "000.00.12.H40";
    public const string JusticeOffice = "000.01.12.H40";
    public const string TransportDepartment = "000.00.10.H40";
    public const string FormBytes = "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (mẫu kiểm thử)";

    public static readonly DateOnly Today = DateOnly.FromDateTime(MotCuaApp.DefaultNow.Date);
    public static readonly DateTime Now = MotCuaApp.DefaultNow.UtcDateTime;

    /// <summary>A word no other data contains, so a search for it finds only this test's procedures.</summary>
    public string Token { get; } = "kt" + RandomNumberGenerator.GetInt32(100_000, 1_000_000);

    public string FieldCode { get; } = "KT" + RandomNumberGenerator.GetInt32(100_000, 1_000_000);

    public static string NewCode() => "9." + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public async Task<string> AddFieldAsync(string name = "Lý lịch tư pháp")
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        db.Add(ProcedureField.Create(FieldCode, $"{name} {Token}"));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return FieldCode;
    }

    public async Task<Guid> UnitIdAsync(string code)
    {
        using var scope = app.Services.CreateScope();
        var unit = await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync(code, TestContext.Current.CancellationToken);
        return unit?.Id ?? throw new InvalidOperationException($"Demo unit {code} is missing.");
    }

    public async Task<string> FormKeyAsync()
    {
        using var scope = app.Services.CreateScope();
        var files = scope.ServiceProvider.GetRequiredService<IFileStore>();
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(FormBytes));
        var stored = await files.SaveAsync("catalog-forms", "to-khai-lltp.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content, TestContext.Current.CancellationToken);
        return stored.Key;
    }

    public async Task<ProcedureContent> ContentAsync(
        string name, string unitCode = JusticeOffice, CompetenceLevels levels = CompetenceLevels.Province,
        OnlineServiceLevel online = OnlineServiceLevel.Full, string? formKey = null) => new()
        {
            Name = $"{name} {Token}",
            FieldCode = FieldCode,
            Levels = levels,
            CompetentAgency = "Sở Tư pháp",
            ImplementingUnitId = await UnitIdAsync(unitCode),
            Channels = SubmissionChannels.Direct | SubmissionChannels.Postal |
                       (online == OnlineServiceLevel.None ? SubmissionChannels.None : SubmissionChannels.Online),
            ProcessingTimes = [new ProcessingTime { Amount = 10, Unit = TimeUnit.WorkingDays }],
            Fees = [new FeeItem { Kind = FeeKind.Fee, Description = "Phí cung cấp thông tin lý lịch tư pháp", AmountDong = 200_000 }],
            Components =
            [
                new DossierComponent
                {
                    Name = "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", Originals = 1, FormName = "Mẫu số 03/2013/TT-LLTP",
                    FormFileKey = formKey,
                },
                new DossierComponent
                {
                    Name = "Bản chụp Căn cước công dân", Copies = 1, Requirement = ComponentRequirement.Conditional,
                    Condition = "người yêu cầu không có tài khoản định danh điện tử",
                },
            ],
            Sequence = "Bước 1: Nộp hồ sơ tại Bộ phận Một cửa.\nBước 2: Sở Tư pháp tra cứu, xác minh.\nBước 3: Trả kết quả.",
            Subjects = "Công dân Việt Nam, người nước ngoài đã hoặc đang cư trú tại Việt Nam",
            Conditions = "Không",
            ResultType = "Phiếu lý lịch tư pháp",
            LegalBases = [new LegalBasis { Number = "28/2009/QH12", Title = "Luật Lý lịch tư pháp", IssuedOn = new DateOnly(2009, 6, 17) }],
            OnlineLevel = online,
        };

    public static PublicationDecision Decision(DateOnly effectiveOn, string number = "101/QĐ-UBND") =>
        new() { Number = number, SignedOn = effectiveOn.AddDays(-10), Signer = "Phó Chủ tịch UBND tỉnh", EffectiveOn = effectiveOn };

    /// <summary>Creates a procedure and publishes it from <paramref name="effectiveOn"/> (defaults to long before today).</summary>
    public async Task<string> PublishAsync(ProcedureContent content, DateOnly? effectiveOn = null, string? code = null)
    {
        code ??= NewCode();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var procedure = Unwrap(Procedure.Create(Guid.NewGuid(), code, content, Now, isDemo: false));
        Unwrap(procedure.Publish(Decision(effectiveOn ?? Today.AddMonths(-6)), Now));
        db.Add(procedure);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return code;
    }

    public async Task<string> DraftAsync(ProcedureContent content)
    {
        var code = NewCode();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        db.Add(Unwrap(Procedure.Create(Guid.NewGuid(), code, content, Now, isDemo: false)));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return code;
    }

    /// <summary>Loads a procedure, applies a change through the domain and saves it.</summary>
    public async Task ChangeAsync(string code, Action<Procedure> change)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var procedure = await db.Set<Procedure>().Include(p => p.Versions).SingleAsync(p => p.Code == code, TestContext.Current.CancellationToken);
        var known = procedure.Versions.Select(v => v.Id).ToHashSet();
        change(procedure);
        // Versions carry their own Guid keys, which EF would otherwise take for existing rows.
        foreach (var added in procedure.Versions.Where(v => !known.Contains(v.Id)))
        {
            db.Add(added);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static T Unwrap<T>(MotCua.Kernel.Results.Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error.Message);
}
