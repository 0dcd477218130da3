using MotCua.Catalog.Domain;

namespace MotCua.Catalog.Features.Transfer;

/// <summary>Between the exchange document and the domain: the only place that knows both shapes.</summary>
internal static class CatalogExchangeMapping
{
    public static ProcedureContent ToContent(this ExchangeVersion version, Guid implementingUnitId, Func<int, string?> formFileKey) => new()
    {
        Name = version.Name?.Trim() ?? string.Empty,
        FieldCode = version.Field?.Trim() ?? string.Empty,
        Levels = version.Levels,
        CompetentAgency = version.CompetentAgency?.Trim() ?? string.Empty,
        ImplementingUnitId = implementingUnitId,
        Channels = version.Channels,
        ProcessingTimes = version.ProcessingTimes ?? [],
        Fees = version.Fees ?? [],
        Components = (version.Components ?? []).Select((c, i) => new DossierComponent
        {
            Name = c.Name?.Trim() ?? string.Empty,
            Originals = c.Originals,
            Copies = c.Copies,
            FormName = NullIfBlank(c.FormName),
            FormFileKey = formFileKey(i),
            Requirement = c.Requirement,
            Condition = NullIfBlank(c.Condition),
            Reusable = c.Reusable,
        }).ToList(),
        Sequence = version.Sequence?.Trim() ?? string.Empty,
        Subjects = version.Subjects?.Trim() ?? string.Empty,
        Conditions = NullIfBlank(version.Conditions),
        ResultType = version.ResultType?.Trim() ?? string.Empty,
        PaperResult = version.PaperResult,
        LegalBases = version.LegalBases ?? [],
        OnlineLevel = version.OnlineLevel,
        EligibleForFullOnline = version.EligibleForFullOnline,
        IsSpecial = version.IsSpecial,
        IsInternal = version.IsInternal,
        InterAgencyGroup = NullIfBlank(version.InterAgencyGroup),
    };

    public static ExchangeProcedure ToExchange(
        string code, ProcedureContent content, PublicationDecision? decision, string unitCode,
        IReadOnlyList<ExchangeFormFile?> formFiles, ExchangeInternalProcess? process) => new()
        {
            Code = code,
            Name = content.Name,
            Field = content.FieldCode,
            Levels = content.Levels,
            CompetentAgency = content.CompetentAgency,
            ImplementingUnit = unitCode,
            Channels = content.Channels,
            ProcessingTimes = content.ProcessingTimes,
            Fees = content.Fees,
            Components = content.Components.Select((c, i) => new ExchangeComponent
            {
                Name = c.Name,
                Originals = c.Originals,
                Copies = c.Copies,
                FormName = c.FormName,
                Requirement = c.Requirement,
                Condition = c.Condition,
                Reusable = c.Reusable,
                FormFile = i < formFiles.Count ? formFiles[i] : null,
            }).ToList(),
            Sequence = content.Sequence,
            Subjects = content.Subjects,
            Conditions = content.Conditions,
            ResultType = content.ResultType,
            PaperResult = content.PaperResult,
            LegalBases = content.LegalBases,
            OnlineLevel = content.OnlineLevel,
            EligibleForFullOnline = content.EligibleForFullOnline,
            IsSpecial = content.IsSpecial,
            IsInternal = content.IsInternal,
            InterAgencyGroup = content.InterAgencyGroup,
            Decision = decision is null ? null : new ExchangeDecision(decision.Number, decision.SignedOn, decision.Signer, decision.EffectiveOn),
            InternalProcess = process,
        };

    public static PublicationDecision ToDecision(this ExchangeDecision decision) => new()
    {
        Number = decision.Number?.Trim() ?? string.Empty,
        SignedOn = decision.SignedOn,
        Signer = decision.Signer?.Trim() ?? string.Empty,
        EffectiveOn = decision.EffectiveOn,
    };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
