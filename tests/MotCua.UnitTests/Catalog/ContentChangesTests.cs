using MotCua.Catalog.Domain;
using Shouldly;

namespace MotCua.UnitTests.Catalog;

public sealed class ContentChangesTests
{
    [Fact]
    public void Identical_contents_have_no_changes() =>
        ContentChanges.Between(AProcedure.Content(), AProcedure.Content()).ShouldBeEmpty();

    [Fact]
    public void A_shorter_processing_time_is_reported_with_both_values()
    {
        var changes = ContentChanges.Between(AProcedure.Content(days: 10), AProcedure.Content(days: 7));

        var change = changes.ShouldHaveSingleItem();
        change.Label.ShouldBe("Thời hạn giải quyết: Mọi cách thức");
        change.Kind.ShouldBe(ChangeKind.Changed);
        change.Before.ShouldBe("10 ngày làm việc");
        change.After.ShouldBe("7 ngày làm việc");
    }

    [Fact]
    public void Added_removed_and_changed_rows_are_told_apart()
    {
        var before = AProcedure.Content();
        var after = AProcedure.Content() with
        {
            Fees = [new FeeItem { Kind = FeeKind.Fee, Description = "Phí cung cấp thông tin lý lịch tư pháp", AmountDong = 100_000 },
                new FeeItem { Kind = FeeKind.Charge, Description = "Lệ phí cấp bản sao", AmountDong = 5_000 }],
            Components = [new DossierComponent { Name = "Bản chụp Căn cước", Copies = 1 }],
        };

        var changes = ContentChanges.Between(before, after);

        changes.ShouldContain(new ContentChange("Phí, lệ phí: Phí – Phí cung cấp thông tin lý lịch tư pháp", ChangeKind.Changed, "200.000 đồng", "100.000 đồng"));
        changes.ShouldContain(new ContentChange("Phí, lệ phí: Lệ phí – Lệ phí cấp bản sao", ChangeKind.Added, null, "5.000 đồng"));
        changes.ShouldContain(c => c.Label == "Thành phần hồ sơ: Bản chụp Căn cước" && c.Kind == ChangeKind.Added);
        changes.ShouldContain(c => c.Label == "Thành phần hồ sơ: Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp" && c.Kind == ChangeKind.Removed);
    }

    [Fact]
    public void Scalar_fields_and_flags_are_labelled_in_vietnamese_with_unit_names_resolved()
    {
        var unitA = Guid.NewGuid();
        var unitB = Guid.NewGuid();
        var names = new Dictionary<Guid, string> { [unitA] = "Sở Tư pháp", [unitB] = "Sở Giao thông vận tải" };
        var before = AProcedure.Content() with { ImplementingUnitId = unitA, Conditions = null };
        var after = before with
        {
            Name = "Cấp Phiếu lý lịch tư pháp số 2",
            ImplementingUnitId = unitB,
            Levels = CompetenceLevels.Province | CompetenceLevels.District,
            Conditions = "Không",
            IsSpecial = true,
        };

        var changes = ContentChanges.Between(before, after, id => names[id]);

        changes.Select(c => c.Label).ShouldBe(["Tên thủ tục", "Cấp thực hiện", "Cơ quan thực hiện", "Yêu cầu, điều kiện", "Thủ tục đặc thù"]);
        changes.Single(c => c.Label == "Cơ quan thực hiện").After.ShouldBe("Sở Giao thông vận tải");
        changes.Single(c => c.Label == "Cấp thực hiện").After.ShouldBe("Cấp tỉnh, Cấp huyện");
        changes.Single(c => c.Label == "Yêu cầu, điều kiện").Kind.ShouldBe(ChangeKind.Added);
        changes.Single(c => c.Label == "Thủ tục đặc thù").ShouldBe(new ContentChange("Thủ tục đặc thù", ChangeKind.Changed, "Không", "Có"));
    }

    [Fact]
    public void A_legal_basis_replaced_by_another_shows_as_one_removed_and_one_added()
    {
        var after = AProcedure.Content() with { LegalBases = [new LegalBasis { Number = "111/2010/NĐ-CP", Title = "Nghị định quy định chi tiết" }] };

        var changes = ContentChanges.Between(AProcedure.Content(), after);

        changes.Select(c => (c.Label, c.Kind)).ShouldBe(
            [("Căn cứ pháp lý: 111/2010/NĐ-CP", ChangeKind.Added), ("Căn cứ pháp lý: 28/2009/QH12", ChangeKind.Removed)]);
    }
}
