using System.Reflection;
using MotCua.Administration;
using MotCua.Catalog;
using MotCua.Dossiers;
using MotCua.Engagement;
using MotCua.Integration;
using MotCua.Kernel;
using MotCua.Payments;
using MotCua.Reporting;
using NetArchTest.Rules;
using Shouldly;

namespace MotCua.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Kernel = typeof(KernelModule).Assembly;
    private static readonly Assembly Administration = typeof(AdministrationModule).Assembly;
    private static readonly Assembly Catalog = typeof(CatalogModule).Assembly;
    private static readonly Assembly Dossiers = typeof(DossiersModule).Assembly;

    private static readonly Assembly Payments = typeof(PaymentsModule).Assembly;
    private static readonly Assembly Engagement = typeof(EngagementModule).Assembly;
    private static readonly Assembly Integration = typeof(IntegrationModule).Assembly;
    private static readonly Assembly Reporting = typeof(ReportingModule).Assembly;

    private static readonly Assembly[] Modules = [Administration, Catalog, Dossiers, Payments, Engagement, Integration, Reporting];

    [Fact]
    public void The_kernel_depends_on_no_module_and_not_on_the_host()
    {
        var result = Types.InAssembly(Kernel).ShouldNot()
            .HaveDependencyOnAny("MotCua.Administration", "MotCua.Catalog", "MotCua.Dossiers", "MotCua.Payments", "MotCua.Engagement", "MotCua.Integration", "MotCua.Reporting", "MotCua.Web", "MotCua.DevServices").GetResult();

        result.FailingTypeNames.ShouldBeNull();
    }

    [Fact]
    public void No_module_depends_on_the_host()
    {
        foreach (var module in Modules)
        {
            Types.InAssembly(module).ShouldNot().HaveDependencyOn("MotCua.Web").GetResult()
                .FailingTypeNames.ShouldBeNull($"{module.GetName().Name} must not depend on the host");
        }
    }

    [Fact]
    public void The_catalog_reaches_administration_only_through_its_contracts()
    {
        var offending = Types.InAssembly(Catalog)
            .Should().NotHaveDependencyOnAny(
                "MotCua.Administration.Domain",
                "MotCua.Administration.Features",
                "MotCua.Administration.Persistence",
                "MotCua.Administration.Areas")
            .GetResult();

        offending.FailingTypeNames.ShouldBeNull();
    }

    [Fact]
    public void Every_module_reaches_the_others_only_through_their_contracts()
    {
        foreach (var module in Modules)
        {
            var name = module.GetName().Name!;
            var insides = Modules.Where(m => m != module)
                .SelectMany(m => new[] { "Domain", "Features", "Persistence", "Areas" }.Select(part => $"{m.GetName().Name}.{part}"))
                .ToArray();
            Types.InAssembly(module).Should().NotHaveDependencyOnAny(insides).GetResult()
                .FailingTypeNames.ShouldBeNull($"{name} must use other modules only through their Contracts");
        }
    }

    [Fact]
    public void No_module_depends_on_the_development_fakes()
    {
        foreach (var module in Modules)
        {
            Types.InAssembly(module).ShouldNot().HaveDependencyOn("MotCua.DevServices").GetResult()
                .FailingTypeNames.ShouldBeNull($"{module.GetName().Name} must reach national systems through adapters and configuration only");
        }
    }

    [Fact]
    public void The_foundation_modules_do_not_depend_on_dossiers()
    {
        foreach (var module in new[] { Administration, Catalog })
        {
            Types.InAssembly(module).ShouldNot().HaveDependencyOn("MotCua.Dossiers").GetResult()
                .FailingTypeNames.ShouldBeNull($"{module.GetName().Name} must not depend on dossiers");
        }
    }

    [Fact]
    public void Reporting_sits_on_top_no_module_depends_on_it()
    {
        foreach (var module in Modules.Where(m => m != Reporting))
        {
            Types.InAssembly(module).ShouldNot().HaveDependencyOn("MotCua.Reporting").GetResult()
                .FailingTypeNames.ShouldBeNull($"{module.GetName().Name} must not depend on reporting: reporting reads the others");
        }
    }

    [Fact]
    public void The_dossier_domain_is_free_of_persistence_and_web_concerns()
    {
        Types.InAssembly(Dossiers).That().ResideInNamespace("MotCua.Dossiers.Domain")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult().FailingTypeNames.ShouldBeNull();
    }

    [Fact]
    public void Administration_does_not_depend_on_the_catalog()
    {
        Types.InAssembly(Administration).ShouldNot().HaveDependencyOn("MotCua.Catalog").GetResult()
            .FailingTypeNames.ShouldBeNull();
    }

    [Fact]
    public void The_catalog_domain_is_free_of_persistence_and_web_concerns()
    {
        Types.InAssembly(Catalog).That().ResideInNamespace("MotCua.Catalog.Domain")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult().FailingTypeNames.ShouldBeNull();
    }

    [Fact]
    public void Handlers_are_internal_and_sealed()
    {
        foreach (var module in Modules)
        {
            var handlers = Types.InAssembly(module).That().HaveNameEndingWith("Handler").GetTypes().ToList();
            handlers.Where(t => t.IsPublic || !t.IsSealed).Select(t => t.FullName).ShouldBeEmpty();
        }
    }
}
