using MotCua.Kernel;

namespace MotCua.Catalog.Features.Transfer;

/// <summary>
/// The demo province's catalog (Lào Cai), loaded from an embedded exchange file through the same importer that
/// staff use, so that every demo start proves the importer. Form templates are attached at seed time.
/// </summary>
internal sealed class CatalogDemoData(ImportCatalogHandler importer) : IDemoDataSeeder
{
    public const string ResourceName = "MotCua.Catalog.DemoData.lao-cai-catalog.json";

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var document = await LoadAsync(cancellationToken);
        var outcome = await importer.ImportAsync(document, isDemo: true, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException("Demo catalog does not import:\n" + string.Join("\n", outcome.Errors.Select(e => e.Message)));
        }
    }

    internal static async Task<CatalogExchangeDocument> LoadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(CatalogDemoData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var (document, failure) = ImportCatalogHandler.Parse(buffer.ToArray());
        if (document is null)
        {
            throw new InvalidOperationException("Demo catalog is not valid JSON: " + failure?.Problem);
        }

        return document with { Procedures = [.. document.Procedures.Select(WithForms)] };
    }

    private static ExchangeProcedure WithForms(ExchangeProcedure procedure) => procedure with
    {
        Components = [.. procedure.Components.Select(c => c.FormFile is null ? c with { FormFile = DemoForms.For(c.FormName) } : c)],
    };
}
