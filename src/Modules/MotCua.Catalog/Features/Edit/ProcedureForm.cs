using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Catalog.Domain;
using MotCua.Kernel.Results;

namespace MotCua.Catalog.Features.Edit;

/// <summary>
/// The procedure form as posted. Numbers are kept as typed so that a mistake is shown back as the user wrote it, and
/// repeating tables carry spare empty rows (ignored on save) so that rows can be added without JavaScript.
/// </summary>
public sealed partial class ProcedureForm
{
    public const int SpareRows = 2;

    public string? Code { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public string? Name { get; set; }

    public string? FieldCode { get; set; }

    public List<CompetenceLevels> Levels { get; set; } = [];

    public string? CompetentAgency { get; set; }

    public Guid? ImplementingUnitId { get; set; }

    public List<SubmissionChannels> Channels { get; set; } = [];

    public List<TimeRow> ProcessingTimes { get; set; } = [];

    public List<FeeRow> Fees { get; set; } = [];

    public List<ComponentRow> Components { get; set; } = [];

    public string? Sequence { get; set; }

    public string? Subjects { get; set; }

    public string? Conditions { get; set; }

    public string? ResultType { get; set; }

    public bool PaperResult { get; set; } = true;

    public List<LegalBasisRow> LegalBases { get; set; } = [];

    public OnlineServiceLevel OnlineLevel { get; set; }

    public bool EligibleForFullOnline { get; set; }

    public bool IsSpecial { get; set; }

    public bool IsInternal { get; set; }

    public string? InterAgencyGroup { get; set; }

    public static ProcedureForm From(ProcedureContent content, Guid stamp) => new ProcedureForm
    {
        ConcurrencyStamp = stamp,
        Name = content.Name,
        FieldCode = content.FieldCode,
        Levels = [.. Enum.GetValues<CompetenceLevels>().Where(l => l != CompetenceLevels.None && content.Levels.HasFlag(l))],
        CompetentAgency = content.CompetentAgency,
        ImplementingUnitId = content.ImplementingUnitId == Guid.Empty ? null : content.ImplementingUnitId,
        Channels = [.. Enum.GetValues<SubmissionChannels>().Where(c => c != SubmissionChannels.None && content.Channels.HasFlag(c))],
        ProcessingTimes = [.. content.ProcessingTimes.Select(t => new TimeRow { Channel = t.Channel, Amount = t.Amount.ToString("0.##", CultureInfo.InvariantCulture), Unit = t.Unit })],
        Fees = [.. content.Fees.Select(f => new FeeRow { Kind = f.Kind, Description = f.Description, AmountDong = f.AmountDong?.ToString(CultureInfo.InvariantCulture), Rule = f.Rule, Exemptions = f.Exemptions })],
        Components = [.. content.Components.Select(c => new ComponentRow
        {
            Name = c.Name, Originals = c.Originals.ToString(CultureInfo.InvariantCulture), Copies = c.Copies.ToString(CultureInfo.InvariantCulture),
            FormName = c.FormName, FormFileKey = c.FormFileKey, Requirement = c.Requirement, Condition = c.Condition, Reusable = c.Reusable,
        })],
        Sequence = content.Sequence,
        Subjects = content.Subjects,
        Conditions = content.Conditions,
        ResultType = content.ResultType,
        PaperResult = content.PaperResult,
        LegalBases = [.. content.LegalBases.Select(b => new LegalBasisRow { Number = b.Number, Title = b.Title, IssuedOn = b.IssuedOn, EffectiveOn = b.EffectiveOn })],
        OnlineLevel = content.OnlineLevel,
        EligibleForFullOnline = content.EligibleForFullOnline,
        IsSpecial = content.IsSpecial,
        IsInternal = content.IsInternal,
        InterAgencyGroup = content.InterAgencyGroup,
    }.WithSpareRows();

    /// <summary>Makes sure every table ends with its spare empty rows, without moving the rows already posted.</summary>
    public ProcedureForm WithSpareRows(string? table = null, int extra = 0)
    {
        Pad(ProcessingTimes, t => t.IsEmpty, table == nameof(ProcessingTimes) ? extra : 0);
        Pad(Fees, f => f.IsEmpty, table == nameof(Fees) ? extra : 0);
        Pad(Components, c => c.IsEmpty, table == nameof(Components) ? extra : 0);
        Pad(LegalBases, b => b.IsEmpty, table == nameof(LegalBases) ? extra : 0);
        return this;
    }

    /// <summary>
    /// The content the form describes, empty rows left out. Numbers that are not numbers are reported under the form's
    /// own keys in <paramref name="errors"/>; <see cref="FormMapping"/> turns the domain's keys back into form keys.
    /// </summary>
    public (ProcedureContent Content, FormMapping Mapping) ToContent(ValidationErrors errors, string prefix)
    {
        var mapping = new FormMapping(prefix);
        var times = new List<ProcessingTime>();
        for (var i = 0; i < ProcessingTimes.Count; i++)
        {
            var row = ProcessingTimes[i];
            if (row.IsEmpty)
            {
                continue;
            }

            mapping.Keep(nameof(ProcessingTimes), i);
            times.Add(new ProcessingTime { Channel = row.Channel, Amount = ParseDecimal(row.Amount, $"{prefix}{nameof(ProcessingTimes)}[{i}].{nameof(TimeRow.Amount)}", errors), Unit = row.Unit });
        }

        var fees = new List<FeeItem>();
        for (var i = 0; i < Fees.Count; i++)
        {
            var row = Fees[i];
            if (row.IsEmpty)
            {
                continue;
            }

            mapping.Keep(nameof(Fees), i);
            fees.Add(new FeeItem
            {
                Kind = row.Kind,
                Description = row.Description?.Trim() ?? string.Empty,
                AmountDong = ParseMoney(row.AmountDong, $"{prefix}{nameof(Fees)}[{i}].{nameof(FeeRow.AmountDong)}", errors),
                Rule = Blank(row.Rule),
                Exemptions = Blank(row.Exemptions),
            });
        }

        var components = new List<DossierComponent>();
        for (var i = 0; i < Components.Count; i++)
        {
            var row = Components[i];
            if (row.IsEmpty)
            {
                continue;
            }

            mapping.Keep(nameof(Components), i);
            components.Add(new DossierComponent
            {
                Name = row.Name?.Trim() ?? string.Empty,
                Originals = ParseCount(row.Originals, $"{prefix}{nameof(Components)}[{i}].{nameof(ComponentRow.Originals)}", errors),
                Copies = ParseCount(row.Copies, $"{prefix}{nameof(Components)}[{i}].{nameof(ComponentRow.Copies)}", errors),
                FormName = Blank(row.FormName),
                FormFileKey = Blank(row.FormFileKey),
                Requirement = row.Requirement,
                Condition = Blank(row.Condition),
                Reusable = row.Reusable,
            });
        }

        var bases = new List<LegalBasis>();
        for (var i = 0; i < LegalBases.Count; i++)
        {
            var row = LegalBases[i];
            if (row.IsEmpty)
            {
                continue;
            }

            mapping.Keep(nameof(LegalBases), i);
            bases.Add(new LegalBasis { Number = row.Number?.Trim() ?? string.Empty, Title = row.Title?.Trim() ?? string.Empty, IssuedOn = row.IssuedOn, EffectiveOn = row.EffectiveOn });
        }

        var content = new ProcedureContent
        {
            Name = Name?.Trim() ?? string.Empty,
            FieldCode = FieldCode?.Trim() ?? string.Empty,
            Levels = Levels.Aggregate(CompetenceLevels.None, (all, l) => all | l),
            CompetentAgency = CompetentAgency?.Trim() ?? string.Empty,
            ImplementingUnitId = ImplementingUnitId ?? Guid.Empty,
            Channels = Channels.Aggregate(SubmissionChannels.None, (all, c) => all | c),
            ProcessingTimes = times,
            Fees = fees,
            Components = components,
            Sequence = Sequence?.Trim() ?? string.Empty,
            Subjects = Subjects?.Trim() ?? string.Empty,
            Conditions = Blank(Conditions),
            ResultType = ResultType?.Trim() ?? string.Empty,
            PaperResult = PaperResult,
            LegalBases = bases,
            OnlineLevel = OnlineLevel,
            EligibleForFullOnline = EligibleForFullOnline,
            IsSpecial = IsSpecial,
            IsInternal = IsInternal,
            InterAgencyGroup = Blank(InterAgencyGroup),
        };
        return (content, mapping);
    }

    private static void Pad<T>(List<T> rows, Func<T, bool> isEmpty, int extra)
        where T : new()
    {
        var trailingEmpty = 0;
        for (var i = rows.Count - 1; i >= 0 && isEmpty(rows[i]); i--)
        {
            trailingEmpty++;
        }

        for (var i = trailingEmpty; i < SpareRows; i++)
        {
            rows.Add(new T());
        }

        for (var i = 0; i < extra; i++)
        {
            rows.Add(new T());
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static decimal ParseDecimal(string? text, string key, ValidationErrors errors)
    {
        if (decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(key, "Phải nhập một số, ví dụ 10 hoặc 0,5.");
        return 0;
    }

    private static long? ParseMoney(string? text, string key, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Amounts are typed the Vietnamese way, with dots or spaces between thousands ("200.000").
        var digits = MoneySeparators().Replace(text.Trim(), string.Empty);
        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(key, "Mức thu phải là số tiền bằng đồng, ví dụ 200.000.");
        return null;
    }

    private static int ParseCount(string? text, string key, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(key, "Số bản phải là số nguyên.");
        return 0;
    }

    [GeneratedRegex(@"[.,\s]")]
    private static partial Regex MoneySeparators();
}

public sealed class TimeRow
{
    public SubmissionChannels? Channel { get; set; }

    public string? Amount { get; set; }

    public TimeUnit Unit { get; set; } = TimeUnit.WorkingDays;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Amount);
}

public sealed class FeeRow
{
    public FeeKind Kind { get; set; } = FeeKind.Charge;

    public string? Description { get; set; }

    public string? AmountDong { get; set; }

    public string? Rule { get; set; }

    public string? Exemptions { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(AmountDong) &&
        string.IsNullOrWhiteSpace(Rule) && string.IsNullOrWhiteSpace(Exemptions);
}

public sealed class ComponentRow
{
    public string? Name { get; set; }

    public string? Originals { get; set; }

    public string? Copies { get; set; }

    public string? FormName { get; set; }

    public string? FormFileKey { get; set; }

    public ComponentRequirement Requirement { get; set; } = ComponentRequirement.Required;

    public string? Condition { get; set; }

    public bool Reusable { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Originals) && string.IsNullOrWhiteSpace(Copies) &&
        string.IsNullOrWhiteSpace(FormName) && string.IsNullOrWhiteSpace(Condition);
}

public sealed class LegalBasisRow
{
    public string? Number { get; set; }

    public string? Title { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Title) && IssuedOn is null && EffectiveOn is null;
}

/// <summary>Where each row the domain validated came from in the form, since empty rows were left out.</summary>
public sealed partial class FormMapping(string prefix)
{
    private readonly Dictionary<string, List<int>> _rows = new(StringComparer.Ordinal);

    public void Keep(string table, int formIndex)
    {
        if (!_rows.TryGetValue(table, out var list))
        {
            _rows[table] = list = [];
        }

        list.Add(formIndex);
    }

    /// <summary>"Fees[1].AmountDong" of the content → "Form.Fees[3].AmountDong" of the form.</summary>
    public string FormKey(string contentKey)
    {
        var match = IndexedKey().Match(contentKey);
        if (match.Success && _rows.TryGetValue(match.Groups[1].Value, out var rows) &&
            int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var index) && index < rows.Count)
        {
            return $"{prefix}{match.Groups[1].Value}[{rows[index]}]{match.Groups[3].Value}";
        }

        return prefix + contentKey;
    }

    [GeneratedRegex(@"^(\w+)\[(\d+)\](.*)$")]
    private static partial Regex IndexedKey();
}
