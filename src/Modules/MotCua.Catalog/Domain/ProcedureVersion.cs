using System.Text.Json;
using System.Text.Json.Serialization;

namespace MotCua.Catalog.Domain;

/// <summary>
/// One version of a procedure. The full content is kept as a JSON document; the columns that lists filter and
/// sort on are copied out of it when it changes.
/// </summary>
public sealed class ProcedureVersion
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private ProcedureContent? _content;

    private ProcedureVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProcedureId { get; private set; }

    public int Number { get; private set; }

    public VersionStatus Status { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string FieldCode { get; private set; } = string.Empty;

    public Guid ImplementingUnitId { get; private set; }

    public CompetenceLevels Levels { get; private set; }

    public OnlineServiceLevel OnlineLevel { get; private set; }

    /// <summary>Code and name folded for case- and diacritic-insensitive search.</summary>
    public string SearchText { get; private set; } = string.Empty;

    public string ContentJson { get; private set; } = "{}";

    public PublicationDecision? Decision { get; private set; }

    public DateOnly? EffectiveFrom { get; private set; }

    public DateOnly? EffectiveTo { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public ProcedureContent Content => _content ??= JsonSerializer.Deserialize<ProcedureContent>(ContentJson, JsonOptions)!;

    internal static ProcedureVersion NewDraft(Procedure procedure, int number, ProcedureContent content, DateTime nowUtc)
    {
        var version = new ProcedureVersion
        {
            Id = Guid.CreateVersion7(),
            ProcedureId = procedure.Id,
            Number = number,
            Status = VersionStatus.Draft,
            CreatedAtUtc = nowUtc,
        };
        version.Replace(content, procedure.Code, nowUtc);
        return version;
    }

    internal void Replace(ProcedureContent content, string code, DateTime nowUtc)
    {
        _content = content;
        ContentJson = JsonSerializer.Serialize(content, JsonOptions);
        Name = content.Name.Trim();
        FieldCode = content.FieldCode.Trim();
        ImplementingUnitId = content.ImplementingUnitId;
        Levels = content.Levels;
        OnlineLevel = content.OnlineLevel;
        SearchText = Procedure.SearchTextOf(code, content);
        UpdatedAtUtc = nowUtc;
    }

    internal void MarkPublished(PublicationDecision decision, DateTime nowUtc)
    {
        Status = VersionStatus.Published;
        Decision = decision;
        EffectiveFrom = decision.EffectiveOn;
        PublishedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    internal void Supersede(DateOnly lastDay)
    {
        Status = VersionStatus.Superseded;
        EffectiveTo = lastDay;
    }
}
