using MotCua.Dossiers.Domain;
using Shouldly;

namespace MotCua.UnitTests.Dossiers;

/// <summary>
/// docs/domain/dossier-lifecycle.md shows the transition table as a Mermaid diagram rendered from the code, so the
/// picture cannot drift. Regenerate with <c>MOTCUA_UPDATE_DIAGRAMS=1 dotnet test</c> and review the diff.
/// </summary>
public sealed class DossierLifecycleDiagramTests
{
    private const string Begin = "```mermaid\n";
    private const string End = "```\n";

    [Fact]
    public void The_committed_diagram_is_the_one_the_table_renders()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "domain", "dossier-lifecycle.md");
        var rendered = DossierLifecycle.ToMermaid();
        var document = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = start < 0 ? -1 : document.IndexOf(End, start + Begin.Length, StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable("MOTCUA_UPDATE_DIAGRAMS") == "1" && start >= 0 && end >= 0)
        {
            document = document[..(start + Begin.Length)] + rendered + document[end..];
            File.WriteAllText(path, document);
            end = start + Begin.Length + rendered.Length;
        }

        start.ShouldBeGreaterThanOrEqualTo(0, "docs/domain/dossier-lifecycle.md needs a ```mermaid block");
        end.ShouldBeGreaterThan(start);
        document[(start + Begin.Length)..end].ShouldBe(rendered,
            "The lifecycle changed: run MOTCUA_UPDATE_DIAGRAMS=1 dotnet test and commit docs/domain/dossier-lifecycle.md");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MotCua.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
