using System.Text.Json;
using System.Text.Json.Serialization;
using MotCua.Catalog.Domain;

namespace MotCua.Catalog.Features.Transfer;

/// <summary>
/// The catalog exchange document, format <c>motcua.catalog/v1</c> (docs/domain/catalog-exchange-format.md).
/// Units are named by their code, never by a database id, so a file moves between installations.
/// </summary>
public sealed record CatalogExchangeDocument
{
    public const string FormatV1 = "motcua.catalog/v1";

    public string Format { get; init; } = string.Empty;

    public DateTime? ExportedAtUtc { get; init; }

    /// <summary>The day whose valid versions an export holds.</summary>
    public DateOnly? ValidOn { get; init; }

    public List<ExchangeField> Fields { get; init; } = [];

    public List<ExchangeProcedure> Procedures { get; init; } = [];
}

public sealed record ExchangeField(string Code, string Name);

/// <summary>One version's content, as <see cref="ProcedureContent"/> holds it, with the implementing unit by code.</summary>
public record ExchangeVersion
{
    public string Name { get; init; } = string.Empty;

    public string Field { get; init; } = string.Empty;

    public CompetenceLevels Levels { get; init; }

    public string CompetentAgency { get; init; } = string.Empty;

    public string ImplementingUnit { get; init; } = string.Empty;

    public SubmissionChannels Channels { get; init; }

    public List<ProcessingTime> ProcessingTimes { get; init; } = [];

    public List<FeeItem> Fees { get; init; } = [];

    public List<ExchangeComponent> Components { get; init; } = [];

    public string Sequence { get; init; } = string.Empty;

    public string Subjects { get; init; } = string.Empty;

    public string? Conditions { get; init; }

    public string ResultType { get; init; } = string.Empty;

    public bool PaperResult { get; init; } = true;

    public List<LegalBasis> LegalBases { get; init; } = [];

    public OnlineServiceLevel OnlineLevel { get; init; }

    public bool EligibleForFullOnline { get; init; }

    public bool IsSpecial { get; init; }

    public bool IsInternal { get; init; }

    public string? InterAgencyGroup { get; init; }

    /// <summary>Present: the version is published under this decision. Absent: it is imported as a draft.</summary>
    public ExchangeDecision? Decision { get; init; }
}

public sealed record ExchangeProcedure : ExchangeVersion
{
    [JsonPropertyOrder(-1)]
    public string Code { get; init; } = string.Empty;

    /// <summary>Versions published before this one, oldest first; each needs its decision.</summary>
    public List<ExchangeVersion> EarlierVersions { get; init; } = [];

    /// <summary>Quyết định bãi bỏ: the procedure is abolished from its effective date.</summary>
    public ExchangeDecision? Abolition { get; init; }

    public ExchangeInternalProcess? InternalProcess { get; init; }
}

public sealed record ExchangeDecision(string Number, DateOnly SignedOn, string Signer, DateOnly EffectiveOn);

public sealed record ExchangeComponent
{
    public string Name { get; init; } = string.Empty;

    public int Originals { get; init; }

    public int Copies { get; init; }

    public string? FormName { get; init; }

    public ComponentRequirement Requirement { get; init; } = ComponentRequirement.Required;

    public string? Condition { get; init; }

    public bool Reusable { get; init; }

    /// <summary>The form's template file, carried inline so that the document is self-contained.</summary>
    public ExchangeFormFile? FormFile { get; init; }
}

public sealed record ExchangeFormFile(string FileName, string ContentType, byte[] Content);

public sealed record ExchangeInternalProcess(List<ExchangeStep> Steps);

public sealed record ExchangeStep(string Name, string Role, string? Unit, decimal Budget, StepBudgetUnit BudgetUnit = StepBudgetUnit.WorkingDays);

internal static class CatalogExchangeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}
