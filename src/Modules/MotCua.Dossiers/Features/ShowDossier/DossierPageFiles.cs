using Microsoft.AspNetCore.Mvc;
using MotCua.Dossiers.Domain;
using MotCua.Dossiers.Features.PrintForms;
using MotCua.Kernel.Files;

namespace MotCua.Dossiers.Features.ShowDossier;

/// <summary>The scans of a dossier, served to the staff who may see it (the same scope as the page).</summary>
public sealed partial class DossierPage
{
    public const string ResultScan = "ket-qua";

    public static string FileHref(string code, string which) =>
        $"/mot-cua/ho-so/{code}?handler=File&tep={Uri.EscapeDataString(which)}";

    public async Task<IActionResult> OnGetFileAsync(string? tep, CancellationToken cancellationToken)
    {
        if (await Service<StaffDossierReader>().FindAsync(User, Code, cancellationToken) is not { } dossier)
        {
            return NotFound();
        }

        DigitizedFile? file = tep == ResultScan
            ? dossier.Result?.File
            : int.TryParse(tep, out var number) ? dossier.Components.FirstOrDefault(c => c.Number == number)?.File : null;
        if (file is null || await Service<IFileStore>().OpenAsync(file.Key, cancellationToken) is not { } content)
        {
            return NotFound();
        }

        return File(content, file.ContentType, file.FileName);
    }
}
