using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Administration.Contracts;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Catalog.Features.Edit.DefineInternalProcess;

public sealed class StepRow
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public Guid? UnitId { get; set; }

    public string? Budget { get; set; }

    public StepBudgetUnit BudgetUnit { get; set; } = StepBudgetUnit.WorkingDays;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Budget);
}

[Authorize(Policy = Policies.CatalogEditor)]
public sealed class InternalProcessPage : EditPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string UnitCode { get; set; } = string.Empty;

    [BindProperty]
    public List<StepRow> Steps { get; set; } = [];

    public InternalProcessView? Process { get; private set; }

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Steps = [.. Process!.Steps.Select(s => new StepRow
        {
            Name = s.Name, Role = s.Role, UnitId = s.UnitId, Budget = s.Budget.ToString("0.##", CultureInfo.InvariantCulture), BudgetUnit = s.BudgetUnit,
        })];
        Pad(0);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool publish, CancellationToken cancellationToken)
    {
        var typing = new ValidationErrors();
        var steps = new List<ProcessStep>();
        var rows = new List<int>();
        for (var i = 0; i < Steps.Count; i++)
        {
            var row = Steps[i];
            if (row.IsEmpty)
            {
                continue;
            }

            rows.Add(i);
            if (!decimal.TryParse(row.Budget?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var budget))
            {
                typing.Add($"Steps[{i}].Budget", "Phải nhập một số, ví dụ 2 hoặc 0,5.");
            }

            steps.Add(new ProcessStep { Name = row.Name?.Trim() ?? string.Empty, Role = row.Role ?? string.Empty, UnitId = row.UnitId, Budget = budget, BudgetUnit = row.BudgetUnit });
        }

        if (typing.IsEmpty && ModelState.IsValid)
        {
            var result = await Service<DefineInternalProcessHandler>().HandleAsync(User, Code, UnitCode, new DefineInternalProcessRequest(steps, publish), cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Done"] = publish ? "published" : "saved";
                return Redirect($"/quan-ly/thu-tuc/{Code}/quy-trinh/{UnitCode}");
            }

            if (Show(result.Error, key => FormKey(key, rows)) is { } refused)
            {
                return refused;
            }
        }
        else
        {
            Show(typing);
        }

        return await LoadAsync(cancellationToken) ?? PadAndShow(0);
    }

    public async Task<IActionResult> OnPostAddRowAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await LoadAsync(cancellationToken) ?? PadAndShow(ProcedureForm.SpareRows);
    }

    public decimal TotalHours => Steps.Where(s => !s.IsEmpty).Sum(s =>
        decimal.TryParse(s.Budget?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var budget)
            ? s.BudgetUnit == StepBudgetUnit.WorkingHours ? budget : budget * 8
            : 0);

    private static string FormKey(string key, List<int> rows)
    {
        const string prefix = "Steps[";
        if (key.StartsWith(prefix, StringComparison.Ordinal))
        {
            var end = key.IndexOf(']', StringComparison.Ordinal);
            if (int.TryParse(key[prefix.Length..end], CultureInfo.InvariantCulture, out var index) && index < rows.Count)
            {
                return $"{prefix}{rows[index]}{key[end..]}";
            }
        }

        return key;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var process = await Service<DefineInternalProcessHandler>().GetAsync(User, Code, UnitCode, cancellationToken);
        if (!process.IsSuccess)
        {
            return Show(process.Error) ?? Page();
        }

        Process = process.Value;
        Units = await Service<EditOptions>().UnitsInScopeAsync(User, cancellationToken);
        Units = [.. Units.Where(u => u.Path.StartsWith(Process.Agency.Path, StringComparison.Ordinal))];
        return null;
    }

    private PageResult PadAndShow(int extra)
    {
        Pad(extra);
        return Page();
    }

    private void Pad(int extra)
    {
        var trailing = Steps.AsEnumerable().Reverse().TakeWhile(s => s.IsEmpty).Count();
        for (var i = trailing; i < ProcedureForm.SpareRows + extra; i++)
        {
            Steps.Add(new StepRow());
        }
    }
}
