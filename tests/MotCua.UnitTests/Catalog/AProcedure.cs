using MotCua.Catalog.Domain;

namespace MotCua.UnitTests.Catalog;

/// <summary>Builders named after the domain, for procedures complete enough to publish.</summary>
internal static class AProcedure
{
    public static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    public static ProcedureContent Content(decimal days = 10) => new()
    {
        Name = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
        FieldCode = "LLTP",
        Levels = CompetenceLevels.Province,
        CompetentAgency = "Sở Tư pháp",
        ImplementingUnitId = Guid.Parse("11111111-1111-1111-1111-111111111111"),
        Channels = SubmissionChannels.Direct | SubmissionChannels.Online | SubmissionChannels.Postal,
        ProcessingTimes = [new ProcessingTime { Amount = days, Unit = TimeUnit.WorkingDays }],
        Fees = [new FeeItem { Kind = FeeKind.Fee, Description = "Phí cung cấp thông tin lý lịch tư pháp", AmountDong = 200_000 }],
        Components = [new DossierComponent { Name = "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", Originals = 1, FormName = "Mẫu số 03/2013/TT-LLTP" }],
        Sequence = "Nộp hồ sơ tại Trung tâm Phục vụ hành chính công; Sở Tư pháp xác minh và cấp Phiếu.",
        Subjects = "Công dân Việt Nam",
        ResultType = "Phiếu lý lịch tư pháp",
        LegalBases = [new LegalBasis { Number = "28/2009/QH12", Title = "Luật Lý lịch tư pháp" }],
        OnlineLevel = OnlineServiceLevel.Full,
    };

    public static PublicationDecision Decision(DateOnly effectiveOn, string number = "123/QĐ-UBND") => new()
    {
        Number = number,
        SignedOn = effectiveOn.AddDays(-5),
        Signer = "Phó Chủ tịch UBND tỉnh",
        EffectiveOn = effectiveOn,
    };

    public static Procedure Draft(ProcedureContent? content = null)
    {
        var result = Procedure.Create(Guid.NewGuid(), "1.001234", content ?? Content(), Now, isDemo: false);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error.Message);
    }

    public static Procedure PublishedOn(DateOnly effectiveOn)
    {
        var procedure = Draft();
        var published = procedure.Publish(Decision(effectiveOn), Now);
        return published.IsSuccess ? procedure : throw new InvalidOperationException(published.Error.Message);
    }
}
