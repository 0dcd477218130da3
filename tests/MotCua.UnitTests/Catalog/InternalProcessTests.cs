using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using Shouldly;

namespace MotCua.UnitTests.Catalog;

public sealed class InternalProcessTests
{
    private static ProcessStep Step(string name, decimal budget, StepBudgetUnit unit = StepBudgetUnit.WorkingDays) =>
        new() { Name = name, Role = StaffRoles.ProcessingOfficer, Budget = budget, BudgetUnit = unit };

    [Fact]
    public void A_process_that_fits_the_legal_time_is_published()
    {
        var process = InternalProcess.Create(Guid.NewGuid(), Guid.NewGuid());

        var result = process.Define([Step("Tiếp nhận", 4, StepBudgetUnit.WorkingHours), Step("Thẩm định", 8), Step("Ký duyệt", 1.5m)],
            AProcedure.Content(days: 10), publish: true, AProcedure.Now);

        result.IsSuccess.ShouldBeTrue();
        process.IsPublished.ShouldBeTrue();
    }

    [Fact]
    public void A_process_longer_than_the_legal_time_is_refused_and_not_published()
    {
        var process = InternalProcess.Create(Guid.NewGuid(), Guid.NewGuid());

        var result = process.Define([Step("Thẩm định", 9), Step("Ký duyệt", 1.5m)], AProcedure.Content(days: 10), publish: true, AProcedure.Now);

        result.Error.ShouldNotBeNull().Fields!["Steps"][0].ShouldContain("vượt thời hạn giải quyết");
        process.IsPublished.ShouldBeFalse();
        process.Steps.ShouldBeEmpty();
    }

    [Fact]
    public void A_longer_process_may_be_saved_as_a_draft_for_later_correction()
    {
        var process = InternalProcess.Create(Guid.NewGuid(), Guid.NewGuid());

        process.Define([Step("Thẩm định", 12)], AProcedure.Content(days: 10), publish: false, AProcedure.Now).IsSuccess.ShouldBeTrue();

        process.IsPublished.ShouldBeFalse();
    }
}
