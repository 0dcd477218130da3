using MotCua.Kernel.Results;

namespace MotCua.Catalog.Domain;

/// <summary>One step of a quy trình nội bộ: who does it and within what time budget.</summary>
public sealed class ProcessStep
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Staff role that carries the step (see StaffRoles).</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>Unit that carries the step; null means the implementing unit itself.</summary>
    public Guid? UnitId { get; set; }

    public decimal Budget { get; set; }

    public StepBudgetUnit BudgetUnit { get; set; } = StepBudgetUnit.WorkingDays;

    public decimal BudgetHours => BudgetUnit == StepBudgetUnit.WorkingHours ? Budget : Budget * 8;
}

/// <summary>
/// Quy trình nội bộ giải quyết TTHC of one procedure at one agency, approved by the provincial chair (NĐ 61/2018
/// Đ7). Its step budgets must fit inside the legal processing time.
/// </summary>
public sealed class InternalProcess
{
    private InternalProcess()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProcedureId { get; private set; }

    public Guid AgencyUnitId { get; private set; }

    public List<ProcessStep> Steps { get; private set; } = [];

    public bool IsPublished { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public static InternalProcess Create(Guid procedureId, Guid agencyUnitId) =>
        new() { Id = Guid.CreateVersion7(), ProcedureId = procedureId, AgencyUnitId = agencyUnitId };

    public Result<InternalProcess> Define(IReadOnlyList<ProcessStep> steps, ProcedureContent legal, bool publish, DateTime nowUtc)
    {
        var errors = new ValidationErrors();
        if (steps.Count == 0)
        {
            errors.Add(nameof(Steps), "Quy trình phải có ít nhất một bước.");
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            errors.Required($"{nameof(Steps)}[{i}].{nameof(ProcessStep.Name)}", step.Name, "Tên bước", 256);
            errors.Required($"{nameof(Steps)}[{i}].{nameof(ProcessStep.Role)}", step.Role, "Vai trò thực hiện", 64);
            if (step.Budget <= 0)
            {
                errors.Add($"{nameof(Steps)}[{i}].{nameof(ProcessStep.Budget)}", "Thời gian của bước phải lớn hơn 0.");
            }
        }

        if (publish && errors.IsEmpty)
        {
            // The process must fit the shortest legal time among the channels, since it applies to all of them.
            var legalHours = legal.ProcessingTimes.Count == 0 ? 0 : legal.ProcessingTimes.Min(t => t.MaxWorkingHours);
            var total = steps.Sum(s => s.BudgetHours);
            if (total > legalHours)
            {
                errors.Add(nameof(Steps),
                    $"Tổng thời gian các bước ({FormatDays(total)}) vượt thời hạn giải quyết theo quy định ({FormatDays(legalHours)}).");
            }
        }

        if (!errors.IsEmpty)
        {
            return errors.ToError();
        }

        Steps = [.. steps];
        UpdatedAtUtc = nowUtc;
        if (publish)
        {
            IsPublished = true;
            PublishedAtUtc = nowUtc;
        }

        return this;
    }

    private static string FormatDays(decimal hours) => $"{hours / 8:0.##} ngày làm việc";
}
